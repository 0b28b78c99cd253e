import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { adminShippingRoutes } from './routes/admin.ts';
import { storeShippingRoutes } from './routes/store.ts';
import './events.ts';

export { quoteShipping } from './services/quote-shipping.ts';
export { createShipment } from './services/create-shipment.ts';
export { addTrackingEvent } from './services/add-tracking-event.ts';
export { listShipments } from './services/list-shipments.ts';
export { cancelShipment } from './services/cancel-shipment.ts';
export { createTemplate } from './services/create-template.ts';
export { updateTemplate } from './services/update-template.ts';
export { getTemplate, listTemplates } from './services/list-templates.ts';
export { provinceKey } from './services/rates.ts';
export {
  QuoteInput,
  RateTemplateInput,
  ShipmentInput,
  TrackingEventInput,
  type ShippingQuote,
  type RateTemplateView,
  type ShipmentView,
} from './contracts.ts';
export type { TrackingStatus, ShipmentStatus } from './schema.ts';

export const shippingModule: HexamallModule = {
  name: 'shipping',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: storeShippingRoutes,
  adminRoutes: adminShippingRoutes,
};
