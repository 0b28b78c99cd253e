// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../testing/mount.ts';
import ProductCreateView from './ProductCreateView.vue';

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }));
const roles = vi.hoisted(() => ({ granted: new Set<string>() }));
const router = vi.hoisted(() => ({ push: vi.fn() }));
vi.mock('../../api/client.ts', () => ({ api }));
vi.mock('vue-router', () => ({ useRouter: () => router }));
vi.mock('../../stores/session.ts', () => ({
  useSessionStore: () => ({ merchant: { currency: 'CNY' }, can: (p: string) => roles.granted.has(p) }),
}));
vi.mock('../../ui/notify.ts', () => ({
  ElMessage: { success: vi.fn(), error: vi.fn() },
  showProblem: vi.fn(),
}));
const answer = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

describe('ProductCreateView', () => {
  beforeEach(() => {
    roles.granted = new Set(['catalog:write', 'inventory:write']);
    api.GET.mockReset().mockResolvedValue(answer({ items: [] }));
    api.POST.mockReset().mockImplementation(
      (_path: string, { body }: { body: { skus: { code: string }[] } }) =>
        Promise.resolve(
          answer({ id: 'prod_1', skus: body.skus.map((s, i) => ({ id: `sku_${i}`, code: s.code })) }),
        ),
    );
    api.PUT.mockReset().mockResolvedValue(answer({}));
    router.push.mockReset();
  });

  it('refuses to send a draft with problems and lists them', async () => {
    const wrapper = mountInConsole(ProductCreateView, {
      locale: 'en',
      global: { stubs: { RouterLink: true } },
    });
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.POST).not.toHaveBeenCalled();
    const problems = wrapper.find('[data-test=problems]').text();
    expect(problems).toContain('Give at least one title');
    expect(problems).toContain('SKU 1: the price is not valid');
  });

  it('creates the product with fen prices, then sets the stock of each SKU', async () => {
    const wrapper = mountInConsole(ProductCreateView, {
      locale: 'en',
      global: { stubs: { RouterLink: true } },
    });
    await flushPromises();
    await wrapper.find('#hm-new-title-en').setValue('Trail Pro');
    const prices = wrapper.findAll('[data-test=new-sku-table] .el-input-number input');
    await prices[0]!.setValue('599');
    await prices[0]!.trigger('change');
    await prices[1]!.setValue('459.9');
    await prices[1]!.trigger('change');
    await prices[2]!.setValue('5');
    await prices[2]!.trigger('change');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/admin/products', {
      body: expect.objectContaining({
        status: 'draft',
        texts: { en: { title: 'Trail Pro' } },
        skus: [{ code: 'TRAI-PRO', listPrice: 59900, salePrice: 45990, currency: 'CNY', weightGrams: 0 }],
      }),
    });
    expect(api.PUT).toHaveBeenCalledWith('/api/admin/inventory/{skuId}', {
      params: { path: { skuId: 'sku_0' } },
      body: { onHand: 5 },
    });
    expect(router.push).toHaveBeenCalledWith('/products/prod_1');
  });

  it('sends the category, brand and tags chosen in the classification fields', async () => {
    const wrapper = mountInConsole(ProductCreateView, {
      locale: 'en',
      global: { stubs: { RouterLink: true } },
    });
    await flushPromises();
    await wrapper.find('#hm-new-title-en').setValue('Trail Pro');
    const prices = wrapper.findAll('[data-test=new-sku-table] .el-input-number input');
    await prices[0]!.setValue('599');
    await prices[0]!.trigger('change');
    // Element Plus selects answer through update:modelValue, as a click on an option would.
    const [category, brand, tags] = wrapper.findAllComponents({ name: 'ElSelect' });
    category!.vm.$emit('update:modelValue', 'cat_1');
    brand!.vm.$emit('update:modelValue', 'brand_1');
    tags!.vm.$emit('update:modelValue', ['waterproof', 'trail']);
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/admin/products', {
      body: expect.objectContaining({
        categoryId: 'cat_1',
        brandId: 'brand_1',
        tags: ['waterproof', 'trail'],
      }),
    });
  });
});
