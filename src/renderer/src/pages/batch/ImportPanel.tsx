import {
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BATCH_COLUMNS,
  type BatchColumn,
  type ColumnMapping,
} from '../../../../shared/batch/columns';
import type { ImportedTable } from '../../../../shared/batch/types';
import { bridge } from '../../bridge/client';
import { ErrorState } from '../../components/states';
import { fileToBase64 } from './useBatch';

type Source = { name: string; base64?: string; text?: string };

/** File picker, drop zone and paste box, then the editable column mapping. */
export function ImportPanel(props: {
  batchId: string | null;
  onImported: (batchId: string) => void;
}) {
  const { t } = useTranslation('batch');
  const [source, setSource] = useState<Source | null>(null);
  const [table, setTable] = useState<ImportedTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ added: number; duplicates: number } | null>(null);
  // Cleared after each pick, so choosing the same file again (a re-import) is seen as a choice.
  const resetPicker = useRef<() => void>(null);

  const inspect = async (next: Source) => {
    setError(null);
    setResult(null);
    try {
      const inspected = await bridge.call('batch.inspect', { source: next });
      setSource(next);
      setTable(inspected);
      setMapping(inspected.mapping);
    } catch (caught) {
      setError(caught);
    }
  };
  const pickFile = async (file: File | null) => {
    resetPicker.current?.();
    if (file) await inspect({ name: file.name, base64: await fileToBase64(file) });
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    void pickFile(event.dataTransfer.files[0] ?? null);
  };
  const runImport = async () => {
    if (!source) return;
    setBusy(true);
    setError(null);
    try {
      const imported = await bridge.call('batch.import', {
        source,
        mapping,
        ...(props.batchId ? { batchId: props.batchId } : {}),
      });
      setResult(imported);
      setTable(null);
      props.onImported(imported.batchId);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const columnOptions = (table?.headers ?? []).map((header, index) => ({
    value: String(index),
    label: header,
  }));
  return (
    <Card withBorder component="section" aria-labelledby="batch-import">
      <Stack gap="sm">
        <Title order={2} size="h4" id="batch-import">
          {t('import.heading')}
        </Title>
        <div
          onDragOver={(event) => event.preventDefault()}
          onDrop={onDrop}
          data-testid="batch-drop"
          style={{ border: '2px dashed var(--mantine-color-gray-4)', borderRadius: 8, padding: 16 }}
        >
          <Group>
            <FileButton
              onChange={(file) => void pickFile(file)}
              resetRef={resetPicker}
              accept=".csv,.xlsx,text/csv"
            >
              {(buttonProps) => (
                <Button {...buttonProps} variant="light">
                  {t('import.file')}
                </Button>
              )}
            </FileButton>
            <Text c="dimmed" size="sm">
              {t('import.drop')}
            </Text>
          </Group>
        </div>
        <Textarea
          label={t('import.paste')}
          placeholder={t('import.pastePlaceholder')}
          value={pasted}
          onChange={(event) => setPasted(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Group>
          <Button
            variant="default"
            disabled={!pasted.trim()}
            onClick={() => void inspect({ name: 'pasted', text: pasted })}
          >
            {t('import.readPaste')}
          </Button>
        </Group>
        {error ? <ErrorState error={error} /> : null}
        {result ? (
          <Alert color="green" role="status">
            {t('import.done', result)}
          </Alert>
        ) : null}
        {table ? (
          <Stack gap="xs">
            <Text size="sm">
              {source?.name} ·{' '}
              {t('import.rows', { count: table.rowCount, columns: table.headers.length })}
            </Text>
            <Text size="sm" c="dimmed">
              {table.mappingSaved ? t('import.savedLayout') : t('import.guessed')}
            </Text>
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              {BATCH_COLUMNS.map((column: BatchColumn) => (
                <Select
                  key={column}
                  label={t(`columns.${column}`)}
                  data={[{ value: '', label: t('import.notMapped') }, ...columnOptions]}
                  value={mapping[column] === undefined ? '' : String(mapping[column])}
                  onChange={(value) =>
                    setMapping((current) => {
                      const next = { ...current };
                      if (value === null || value === '') delete next[column];
                      else next[column] = Number(value);
                      return next;
                    })
                  }
                  allowDeselect={false}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button onClick={() => void runImport()} loading={busy}>
                {t('import.start', { count: table.rowCount })}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
