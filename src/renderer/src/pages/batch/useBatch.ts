import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { BatchProgress } from '../../../../shared/batch/types';
import { useBridgeEvent, useBridgeQuery } from '../../bridge/hooks';

/** One batch's lines, summary and preview; refreshed whenever main reports progress. */
export function useBatchDetail(batchId: string | null) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const detail = useBridgeQuery(
    'batch.get',
    { batchId: batchId ?? '' },
    { enabled: batchId !== null },
  );

  const onProgress = useCallback(
    (payload: BatchProgress) => {
      if (payload.batchId !== batchId) return;
      setProgress(payload);
      void queryClient.invalidateQueries({ queryKey: ['batch.get'] });
    },
    [batchId, queryClient],
  );
  useBridgeEvent('batch.progress', onProgress);

  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: ['batch.get'] }),
    [queryClient],
  );
  return { detail, progress, refresh };
}

/** Reads a picked or dropped file as base64 for the bridge (the main side parses it). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}
