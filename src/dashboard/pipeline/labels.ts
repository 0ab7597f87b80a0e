import type { PipelineStage } from '../../model';
import { t } from '../../ui/i18n';

// Literal keys, so the locale test checks each one exists.
const STAGE: Record<PipelineStage, () => string> = {
  'coffee-chat': () => t('pipeline_stage_coffeeChat'),
  ideas: () => t('pipeline_stage_ideas'),
  application: () => t('pipeline_stage_application'),
  interview: () => t('pipeline_stage_interview'),
  negotiation: () => t('pipeline_stage_negotiation'),
  offer: () => t('pipeline_stage_offer'),
  closed: () => t('pipeline_stage_closed'),
};

export const stageLabel = (stage: PipelineStage): string => STAGE[stage]();
