export {
  enqueueJob,
  JobWorker,
  type JobHandler,
  type JobMap,
  type JobOptions,
  type JobType,
} from './queue.ts';
