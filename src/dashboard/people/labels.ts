// The words for the model's codes live in src/ui (the side panel's Today view shows them too).
export * from '../../ui/labels';
