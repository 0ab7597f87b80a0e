import type { ImportWords } from '../../importers/linkedin-connections';
import { t } from '../../ui/i18n';

/** The Connections.csv reader's messages in the user's language. */
export function importWords(): ImportWords {
  return {
    notAnExport: t('data_liErr_notAnExport'),
    semicolons: t('data_liErr_semicolons'),
    empty: t('data_liErr_empty'),
    binary: t('data_liErr_binary'),
    noNameNoUrl: t('data_liErr_noNameNoUrl'),
    badDate: (text) => t('data_liErr_badDate', text),
    tooManyBroken: t('data_liErr_tooManyBroken'),
    brokenQuotes: t('data_liErr_brokenQuotes'),
    wrongWidth: (expected, found) => t('data_liErr_wrongWidth', expected, found),
    shortened: (column, max) => t('data_liErr_shortened', column, max),
    tooLong: (column, max) => t('data_liErr_tooLong', column, max),
    badUrl: (text) => t('data_liErr_badUrl', text),
  };
}
