// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../../testing/mount.ts';
import type { ProductImport } from './import-api.ts';
import type * as PollModule from './poll-import.ts';
import ImportProductsView from './ImportProductsView.vue';

const job = (over: Partial<ProductImport>): ProductImport => ({
  id: 'imp_1',
  format: 'jsonl',
  status: 'queued',
  total: 4,
  processed: 0,
  imported: 0,
  rejected: 0,
  errors: [],
  createdAt: '2026-12-04T10:00:00.000Z',
  finishedAt: null,
  ...over,
});
const finished = job({
  status: 'done',
  processed: 4,
  imported: 3,
  rejected: 1,
  errors: [
    {
      line: 3,
      handle: 'bad-price',
      field: '/skus/0/listPrice',
      code: 'VALIDATION_FAILED',
      detail: 'must be integer',
    },
  ],
});

const importApi = vi.hoisted(() => ({
  startImport: vi.fn(),
  fetchImport: vi.fn(),
  listImports: vi.fn(),
}));
vi.mock('./import-api.ts', () => ({ ...importApi, MAX_IMPORT_BYTES: 100 }));
vi.mock('./poll-import.ts', async (original) => ({
  ...(await original<typeof PollModule>()),
  sleep: () => Promise.resolve(),
}));
vi.mock('../../../stores/session.ts', () => ({ useSessionStore: () => ({ can: () => true }) }));
const notify = vi.hoisted(() => ({ ElMessage: { success: vi.fn(), error: vi.fn() }, showProblem: vi.fn() }));
vi.mock('../../../ui/notify.ts', () => notify);

async function chooseFile(wrapper: ReturnType<typeof mountInConsole>, file: File) {
  const input = wrapper.find('[data-test=import-file]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

describe('ImportProductsView', () => {
  beforeEach(() => {
    importApi.listImports.mockReset().mockResolvedValue([]);
    importApi.startImport.mockReset().mockResolvedValue(job({}));
    importApi.fetchImport
      .mockReset()
      .mockResolvedValueOnce(job({ status: 'running', processed: 2, imported: 2 }))
      .mockResolvedValue(finished);
    notify.ElMessage.error.mockReset();
  });

  it('uploads the file, follows the progress to the end and lists each refused row', async () => {
    const wrapper = mountInConsole(ImportProductsView, {
      locale: 'en',
      global: { stubs: { RouterLink: true } },
    });
    await flushPromises();
    await chooseFile(wrapper, new File(['{}\n'], 'products.jsonl'));
    await wrapper.find('[data-test=start-import]').trigger('click');
    await flushPromises();
    expect(importApi.startImport).toHaveBeenCalledTimes(1);
    expect(importApi.fetchImport).toHaveBeenCalledTimes(2);
    expect(wrapper.find('[data-test=import-progress]').attributes('aria-valuenow')).toBe('100');
    expect(wrapper.find('[data-test=import-job]').text()).toContain('3 imported, 1 refused');
    const errors = wrapper.find('[data-test=import-errors]').text();
    expect(errors).toContain('/skus/0/listPrice');
    expect(errors).toContain('VALIDATION_FAILED');
    expect(wrapper.find('[data-test=download-errors]').exists()).toBe(true);
  });

  it('refuses a file over the size limit before sending it', async () => {
    const wrapper = mountInConsole(ImportProductsView, {
      locale: 'en',
      global: { stubs: { RouterLink: true } },
    });
    await flushPromises();
    await chooseFile(wrapper, new File(['x'.repeat(101)], 'big.csv'));
    await wrapper.find('[data-test=start-import]').trigger('click');
    await flushPromises();
    expect(importApi.startImport).not.toHaveBeenCalled();
    expect(notify.ElMessage.error).toHaveBeenCalled();
  });
});
