import type { Messages } from '../../message-id';
import type { words as en } from '../en/words';

export const words: Messages<typeof en> = {
  task_transcription: 'transcription de la parole',
  task_textToSpeech: 'synthèse vocale',
  task_upscaling: 'suréchantillonnage d’images',
  task_inpainting: 'retouche d’images (inpainting)',
  task_gamePlaying: 'jouer à un jeu',
  task_physicalModelling: 'modélisation de la météo ou d’un autre système physique',
  task_music: 'génération de musique',
  task_soundEffects: 'génération d’effets sonores',
  task_otherSingleTask: 'une autre tâche spécifique',
  parameters: '{scale, select, large {{count} de paramètres} other {{count} paramètres}}',
  parametersUnknown: 'paramètres : je ne sais pas',
  largeBroadData: 'données d’entraînement vastes et variées : {answer}',
  selfSupervised: 'auto-supervisé à grande échelle : {answer}',
  distinctTasks: '{count, plural, one {# tâche distincte} other {# tâches distinctes}}',
  tasksUnknown: 'tâches : je ne sais pas',
  notSingleTask: 'pas conçu pour une tâche spécifique',
  singleTaskUnknown: 'conçu pour une seule tâche : je ne sais pas',
  singleTask: 'conçu pour une seule tâche : {task}',
  trillion: '{n, plural, one {{n, number} billion} other {{n, number} billions}}',
  billion: '{n, plural, one {{n, number} milliard} other {{n, number} milliards}}',
  million: '{n, plural, one {{n, number} million} other {{n, number} millions}}',
};
