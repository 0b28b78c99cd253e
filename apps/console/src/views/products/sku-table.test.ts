// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../testing/mount.ts';
import SkuTable from './SkuTable.vue';

const api = vi.hoisted(() => ({ PATCH: vi.fn() }));
const notify = vi.hoisted(() => ({ ElMessage: { success: vi.fn(), error: vi.fn() }, showProblem: vi.fn() }));
vi.mock('../../api/client.ts', () => ({ api }));
vi.mock('../../ui/notify.ts', () => notify);

const sku = {
  id: 'sku_1',
  code: 'TRAIL-BLK-42',
  specs: { colour: 'black', size: '42' },
  listPrice: 59_900,
  salePrice: 45_900,
  currency: 'CNY',
  weightGrams: 800,
  status: 'active',
};

describe('SkuTable', () => {
  beforeEach(() => {
    api.PATCH.mockReset().mockResolvedValue({ data: sku, response: new Response(null, { status: 200 }) });
    notify.ElMessage.error.mockReset();
  });

  const mountTable = () =>
    mountInConsole(SkuTable, {
      locale: 'en',
      props: { productId: 'prod_1', skus: [sku] as never, specKeys: ['colour', 'size'], writable: true },
    });

  it('saves changed spec values with the prices in fen, dropping an emptied spec', async () => {
    const wrapper = mountTable();
    await flushPromises();
    await wrapper.find('input[data-spec="TRAIL-BLK-42:colour"]').setValue(' graphite ');
    await wrapper.find('input[data-spec="TRAIL-BLK-42:size"]').setValue('');
    await wrapper.find('[data-save-sku="TRAIL-BLK-42"]').trigger('click');
    await flushPromises();
    expect(api.PATCH).toHaveBeenCalledWith('/api/admin/products/{id}/skus/{skuId}', {
      params: { path: { id: 'prod_1', skuId: 'sku_1' } },
      body: {
        specs: { colour: 'graphite' },
        listPrice: 59_900,
        salePrice: 45_900,
        weightGrams: 800,
        status: 'active',
      },
    });
  });

  it('refuses a sale price above the list price without sending', async () => {
    const wrapper = mountTable();
    await flushPromises();
    const [list, sale] = wrapper.findAll('.el-input-number input');
    await list!.setValue('100');
    await list!.trigger('change');
    await sale!.setValue('200');
    await sale!.trigger('change');
    await wrapper.find('[data-save-sku="TRAIL-BLK-42"]').trigger('click');
    await flushPromises();
    expect(api.PATCH).not.toHaveBeenCalled();
    expect(notify.ElMessage.error).toHaveBeenCalled();
  });
});
