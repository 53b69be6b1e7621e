import type { Messages } from '../../message-id';
import type { enforcement as en } from '../en/enforcement';

// Wording of the Act (DE): Art. 91 "Befugnis zur Anforderung von Dokumentation und Informationen" (buzer.de,
// Art. 91 Abs. 1: "… die vom Anbieter gemäß den Artikeln 53 und 55 erstellte Dokumentation oder alle
// zusätzlichen Informationen vorzulegen, die erforderlich sind, um die Einhaltung dieser Verordnung durch den
// Anbieter zu beurteilen"); Art. 92 "Befugnis zur Durchführung von Bewertungen", Abs. 3 "über API oder
// weitere geeignete technische Mittel und Instrumente, einschließlich Quellcode" (ai-act-text.com); Art. 93
// "Befugnis zur Aufforderung zu Maßnahmen", Abs. 1 Buchst. a–c and Abs. 3 "Verpflichtungszusagen … für
// bindend erklären" (ai-act-text.com, datenschutzgesetze.eu); Art. 101 Abs. 1 Buchst. a–d (ai-act-law.eu/de,
// ai-act-text.com).
export const enforcement: Messages<typeof en> = {
  art91: 'Art. 91',
  power91:
    'Den Anbieter auffordern, die Dokumentation und die Informationen vorzulegen, die erforderlich sind, um die Einhaltung der Verordnung zu beurteilen.',
  art92: 'Art. 92',
  power92: 'Bewertungen des Modells durchführen, auch mit Zugang über API oder zum Quellcode.',
  art93: 'Art. 93',
  power93:
    'Zu Maßnahmen auffordern: zur Einhaltung der Verpflichtungen, zu Risikominderungsmaßnahmen bei systemischen Risiken, zur Einschränkung der Bereitstellung des Modells auf dem Markt, zu seiner Rücknahme oder zu seinem Rückruf; oder Verpflichtungszusagen für bindend erklären.',
  fineGroundA: 'Verstoß gegen die einschlägigen Bestimmungen der Verordnung.',
  fineGroundB:
    'Nichtnachkommen der Anforderung eines Dokuments oder von Informationen gemäß Art. 91 oder Bereitstellung falscher, unvollständiger oder irreführender Informationen.',
  fineGroundC: 'Nichtnachkommen einer gemäß Art. 93 geforderten Maßnahme.',
  fineGroundD:
    'Nichtgewährung des Zugangs der Kommission zu dem Modell, um eine Bewertung gemäß Art. 92 durchzuführen.',
  ceiling: 'Bis zu {fineCeiling} – ohne Ermäßigung für KMU.',
};
