// Moved to plan/GoalForm.tsx; this path stays while the old Dashboard.tsx and the UI harness
// test import it. Delete once nothing does.
export { GoalForm } from './plan/GoalForm';
