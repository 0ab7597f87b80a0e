import { degreeLabel } from '../format';
import { t } from '../i18n';

/** Degree and mutual-connection count, typed by hand: a correction or a manual entry. */
export function DegreeFields({
  idPrefix,
  degree,
  mutuals,
  onDegree,
  onMutuals,
}: {
  idPrefix: string;
  degree: string;
  mutuals: string;
  onDegree: (value: string) => void;
  onMutuals: (value: string) => void;
}) {
  return (
    <>
      <div>
        <label for={`${idPrefix}-degree`}>{t('degree')}</label>
        <select id={`${idPrefix}-degree`} value={degree} onChange={(e) => onDegree(e.currentTarget.value)}>
          <option value="1">{degreeLabel(1)}</option>
          <option value="2">{degreeLabel(2)}</option>
          <option value="3">{degreeLabel(3)}</option>
          <option value="">{degreeLabel(null)}</option>
        </select>
      </div>
      <div>
        <label for={`${idPrefix}-mutuals`}>{t('mutualConnections')}</label>
        <input
          id={`${idPrefix}-mutuals`}
          type="number"
          min="0"
          value={mutuals}
          onInput={(e) => onMutuals(e.currentTarget.value)}
        />
      </div>
    </>
  );
}
