import type { Degree } from '../model';
import { t } from './i18n';

export function degreeLabel(degree: Degree | null): string {
  return degree === 1
    ? t('degree1')
    : degree === 2
      ? t('degree2')
      : degree === 3
        ? t('degree3')
        : t('degreeNone');
}

/** The short degree marker LinkedIn itself shows ("2nd"). */
export function degreeShort(degree: Degree | null): string {
  return degree === 1
    ? t('degreeShort1')
    : degree === 2
      ? t('degreeShort2')
      : degree === 3
        ? t('degreeShort3')
        : '';
}
