import type { Messages } from '../../message-id';
import type { words as en } from '../en/words';

export const words: Messages<typeof en> = {
  task_transcription: 'Transkription von Sprache',
  task_textToSpeech: 'Text-zu-Sprache',
  task_upscaling: 'Hochskalieren von Bildern',
  task_inpainting: 'Ergänzen von Bildbereichen (Inpainting)',
  task_gamePlaying: 'Spielen eines Spiels',
  task_physicalModelling: 'Modellierung des Wetters oder eines anderen physikalischen Systems',
  task_music: 'Erzeugung von Musik',
  task_soundEffects: 'Erzeugung von Soundeffekten',
  task_otherSingleTask: 'eine andere bestimmte Aufgabe',
  parameters: '{scale, select, large {{count} Parameter} other {{count} Parameter}}',
  parametersUnknown: 'Parameter: weiß ich nicht',
  largeBroadData: 'große, breit gefächerte Trainingsdaten: {answer}',
  selfSupervised: 'selbstüberwacht in großem Maßstab: {answer}',
  distinctTasks: '{count, plural, one {# unterschiedliche Aufgabe} other {# unterschiedliche Aufgaben}}',
  tasksUnknown: 'Aufgaben: weiß ich nicht',
  notSingleTask: 'nicht für eine bestimmte Aufgabe entwickelt',
  singleTaskUnknown: 'für eine Aufgabe entwickelt: weiß ich nicht',
  singleTask: 'für eine Aufgabe entwickelt: {task}',
  trillion: '{n, plural, one {{n, number} Billion} other {{n, number} Billionen}}',
  billion: '{n, plural, one {{n, number} Milliarde} other {{n, number} Milliarden}}',
  million: '{n, plural, one {{n, number} Million} other {{n, number} Millionen}}',
};
