import { t } from '../../ui/i18n';
import { BackupImport } from './BackupImport';
import { ConnectionsImport } from './ConnectionsImport';
import { ExportSection } from './ExportSection';

function DataSection() {
  return (
    <section class="stack" aria-labelledby="data-h">
      <h2 id="data-h" tabIndex={-1}>
        {t('data_title')}
      </h2>
      <p class="muted">{t('data_intro')}</p>
      <ExportSection />
      <BackupImport />
      <ConnectionsImport />
    </section>
  );
}

// Named for the owner's Shell; the alias keeps the local name clear of the global `DataView`.
export { DataSection as DataView };
