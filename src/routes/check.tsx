import { createFileRoute } from '@tanstack/react-router';
import { CheckPage } from '../features/wizard/CheckPage';

export const Route = createFileRoute('/check')({
  component: CheckPage,
});
