export { enqueueJob, JobWorker, type JobHandler, type JobMap, type JobType } from './queue.ts';
