import { beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmAction, runAction } from './actions.ts';

const notify = vi.hoisted(() => ({
  ElMessage: { success: vi.fn() },
  ElMessageBox: { confirm: vi.fn() },
  showProblem: vi.fn(),
}));
vi.mock('./notify.ts', () => notify);

describe('console actions', () => {
  beforeEach(() => {
    notify.ElMessage.success.mockReset();
    notify.ElMessageBox.confirm.mockReset();
    notify.showProblem.mockReset();
  });

  it('asks with the action on the button, and says whether the person went ahead', async () => {
    const labels = { title: 'Remove', confirm: 'Remove', cancel: 'Cancel' };
    notify.ElMessageBox.confirm.mockResolvedValueOnce('confirm').mockRejectedValueOnce('cancel');
    expect(await confirmAction('Remove Pathfinder?', labels)).toBe(true);
    expect(await confirmAction('Remove Pathfinder?', labels)).toBe(false);
    expect(notify.ElMessageBox.confirm).toHaveBeenCalledWith('Remove Pathfinder?', 'Remove', {
      confirmButtonText: 'Remove',
      cancelButtonText: 'Cancel',
      type: 'warning',
    });
  });

  it('says done after a write that worked, and shows the problem of one that did not', async () => {
    const messages = { done: 'Removed', failed: 'Something went wrong' };
    expect(await runAction(() => Promise.resolve(), messages)).toBe(true);
    expect(notify.ElMessage.success).toHaveBeenCalledWith('Removed');
    const problem = new Error('CATEGORY_NOT_EMPTY');
    expect(await runAction(() => Promise.reject(problem), messages)).toBe(false);
    expect(notify.showProblem).toHaveBeenCalledWith(problem, 'Something went wrong');
    expect(notify.ElMessage.success).toHaveBeenCalledTimes(1);
  });
});
