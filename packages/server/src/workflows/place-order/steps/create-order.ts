import { ok } from '../../../platform/index.ts';
import { createOrder, type CreateOrderInput, type OrderView } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

export const createOrderStep: Step<CreateOrderInput, OrderView> = {
  name: 'create-order',
  invoke: async (ctx, input) => ok(await createOrder(ctx, input)),
  compensate: undoneByRollback,
};
