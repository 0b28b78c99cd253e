import { demoShopSearch } from './demo-shop.ts';
const { byId } = await demoShopSearch();
console.log(JSON.stringify(byId.get('trail-pro-hiking-shoe')?.category), JSON.stringify(byId.get('trail-pro-hiking-shoe')?.brand));
