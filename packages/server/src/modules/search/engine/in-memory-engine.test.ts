import { runSearchEngineContract } from './engine-contract.ts';
import { InMemorySearchEngine } from './in-memory-engine.ts';

runSearchEngineContract('in-memory', () => new InMemorySearchEngine());
