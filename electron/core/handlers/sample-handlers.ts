import type { Handlers } from '../../../shared/ipc/contract';
import type { sampleContract } from '../../../shared/ipc/sample-contract';
import type { SampleService } from '../sample/sample-service';

export function createSampleHandlers(sample: SampleService): Pick<Handlers, keyof typeof sampleContract> {
  return {
    'sample:load': () => sample.load(),
  };
}
