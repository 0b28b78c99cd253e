import {
  closeToast,
  showConfirmDialog,
  showFailToast,
  showLoadingToast,
  showSuccessToast,
  showToast,
} from 'vant';
import 'vant/es/toast/style';
import 'vant/es/dialog/style';
import { ApiProblem } from '../api/problem.ts';

export { closeToast, showConfirmDialog, showLoadingToast, showSuccessToast, showToast };

/** Tells the shopper what went wrong: the API's own detail when it gave one. */
export function showProblem(error: unknown, fallback: string): void {
  const message = error instanceof ApiProblem ? (error.detail ?? error.title) : fallback;
  showFailToast({ message, wordBreak: 'break-word' });
}
