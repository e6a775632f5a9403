import { createMemoryProgressRepository } from '../../lambda/storage/memory-progress-repository';
import { mergeWithContent } from './progress-fixtures';
import { describeProgressRepositoryContract } from './progress-repository-contract';

describeProgressRepositoryContract('in memory', (now) => createMemoryProgressRepository({ now, merge: mergeWithContent }));
