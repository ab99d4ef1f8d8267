import type { batchCalls } from '../../../shared/bridge/calls/batch';
import { batchServiceFor } from '../../batch/batch-for-context';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function batchHandlers(ctx: MainContext): DomainHandlers<typeof batchCalls> {
  const service = () => batchServiceFor(ctx);
  return {
    'batch.inspect': async ({ source }) => (await service()).inspect(source),
    'batch.import': async ({ source, mapping, batchId }) =>
      (await service()).importRows(source, mapping, batchId),
    'batch.list': async () => (await service()).repo.listBatches(),
    'batch.get': async ({ batchId }) => {
      const batches = await service();
      return {
        summary: batches.summary(batchId),
        lines: batches.lines(batchId),
        preview: batches.currentPreview(batchId),
        createdOrders: batches.createdOrders(batchId).length,
        paidOrders: batches.paidCount(batchId),
      };
    },
    'batch.editLine': async ({ batchId, lineNo, ...edit }) =>
      (await service()).editLine(batchId, lineNo, edit),
    'batch.setAddress': async ({ batchId, address }) =>
      (await service()).setAddress(batchId, address),
    'batch.preview': async ({ batchId }) => (await service()).preview(batchId),
    'batch.submit': async ({ batchId }) => (await service()).submit(batchId),
    'batch.pay': async ({ batchId }) => (await service()).pay(batchId),
    'batch.resume': async ({ batchId }) => {
      const batches = await service();
      const summary = batches.summary(batchId);
      if (summary.state === 'submitting' || summary.state === 'done') {
        batches.repo.touch(batchId, 'submitting');
        void batches.runner.resume(batchId);
      }
      return batches.summary(batchId);
    },
    'batch.export': async ({ batchId, format }) => (await service()).export(batchId, format),
  };
}
