import { ElMessage, ElMessageBox, showProblem } from './notify.ts';

/**
 * Asks before something that cannot be undone (removing, disabling); false when the person backed out.
 * The confirm button names the action, so "Remove" is what they click, not a bare "OK".
 */
export async function confirmAction(
  message: string,
  labels: { title: string; confirm: string; cancel: string },
): Promise<boolean> {
  return ElMessageBox.confirm(message, labels.title, {
    confirmButtonText: labels.confirm,
    cancelButtonText: labels.cancel,
    type: 'warning',
  }).then(
    () => true,
    () => false,
  );
}

/**
 * Runs a write the page asked for: says `done` when it worked, shows the server's problem (its detail
 * names what is in the way, e.g. CATEGORY_NOT_EMPTY) or `failed` when not. Answers whether it worked.
 */
export async function runAction(
  work: () => Promise<unknown>,
  messages: { done: string; failed: string },
): Promise<boolean> {
  try {
    await work();
    ElMessage.success(messages.done);
    return true;
  } catch (error) {
    showProblem(error, messages.failed);
    return false;
  }
}
