import { Type } from 'typebox';

// Ids in paths are only length-checked: an id of the wrong shape is answered 404 like any unknown one.
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const SkuParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  skuId: Type.String({ minLength: 1, maxLength: 64 }),
});
export const KeyParams = Type.Object({ key: Type.String({ minLength: 1, maxLength: 40 }) });
export const NoContent = Type.Null({ description: 'No content' });
