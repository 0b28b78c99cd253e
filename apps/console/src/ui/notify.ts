import { ElMessage, ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import { ApiProblem } from '../api/problem.ts';

export { ElMessage, ElMessageBox };

export function showProblem(error: unknown, fallback: string): void {
  ElMessage.error(error instanceof ApiProblem ? (error.detail ?? error.title) : fallback);
}
