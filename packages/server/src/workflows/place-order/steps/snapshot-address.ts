import { getAddressSnapshot } from '../../../modules/customers/index.ts';
import type { AddressSnapshot } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** A copy of the shopper's own address (another shopper's is ADDRESS_NOT_FOUND). */
export const snapshotAddressStep: Step<string, AddressSnapshot> = {
  name: 'snapshot-address',
  invoke: (ctx, addressId) => getAddressSnapshot(ctx, addressId),
  compensate: undoneByRollback,
};
