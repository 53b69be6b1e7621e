import type { Messages } from '../../message-id';
import type { signposts as en } from '../en/signposts';

export const signposts: Messages<typeof en> = {
  art50_1Article: 'Art. 50 Abs. 1',
  art50_1Title: 'Personen informieren, dass sie mit einem KI-System interagieren',
  art50_1Text:
    'Anbieter von KI-Systemen, die für die direkte Interaktion mit natürlichen Personen bestimmt sind, müssen diese so konzipieren, dass die betreffenden Personen informiert werden, dass sie mit einem KI-System interagieren, es sei denn, dies ist offensichtlich.',
  art50_2Article: 'Art. 50 Abs. 2',
  art50_2Title: 'Synthetische Ausgaben maschinenlesbar kennzeichnen',
  art50_2Text:
    'Anbieter von KI-Systemen, einschließlich KI-Systemen mit allgemeinem Verwendungszweck, die synthetische Audio-, Bild-, Video- oder Textinhalte erzeugen, müssen die Ausgaben in einem maschinenlesbaren Format als künstlich erzeugt kennzeichnen, sodass dies erkennbar ist. Gilt ab dem {finesApply}; für Systeme, die zuvor in Verkehr gebracht wurden, gilt eine Frist bis zum {art50MarkingLegacyDeadline} (Art. 111 Abs. 4).',
  highRiskArticle: 'Art. 6',
  highRiskTitle: 'Prüfen, ob das KI-System ein Hochrisiko-KI-System ist',
  highRiskText:
    'Ein KI-System, das für einen in Anhang III genannten Zweck verwendet wird (z. B. Beschäftigung, Kreditwürdigkeit, Bildung, grundlegende Dienste), gilt ab dem {annexIIIHighRiskApplies} als Hochrisiko-KI-System; ein KI-System, das Sicherheitsbauteil eines unter die Harmonisierungsrechtsvorschriften in Anhang I fallenden Produkts ist, ab dem {annexIHighRiskApplies}. Für Hochrisiko-KI-Systeme gelten eigene Pflichten der Anbieter und Betreiber.',
  art25Article: 'Art. 25',
  art25Title:
    'Pflichten entlang der KI-Wertschöpfungskette, wenn ein KI-System mit allgemeinem Verwendungszweck zum Hochrisiko-KI-System wird',
  art25Text:
    'Wer die Zweckbestimmung eines KI-Systems mit allgemeinem Verwendungszweck so verändert, dass es zu einem Hochrisiko-KI-System wird, wird selbst Anbieter eines Hochrisiko-KI-Systems.',
  annexXiiInfoArticle: 'Art. 53 Abs. 1 Buchst. b',
  annexXiiInfoTitle: 'Beim Anbieter des Modells die Informationen für nachgelagerte Anbieter anfordern',
  annexXiiInfoText:
    'Der Anbieter des KI-Modells mit allgemeinem Verwendungszweck muss den Anbietern von KI-Systemen, die das Modell integrieren, die Informationen nach Anhang XII zur Verfügung stellen, damit sie seine Fähigkeiten und Grenzen verstehen und ihre eigenen Pflichten erfüllen können.',
  complaintArticle: 'Art. 89 Abs. 2',
  complaintTitle:
    'Beim Büro für Künstliche Intelligenz Beschwerde über einen Verstoß des Anbieters des Modells einreichen',
  complaintText:
    'Nachgelagerte Anbieter können beim Büro für Künstliche Intelligenz eine Beschwerde einreichen, wenn sie geltend machen, dass ein Anbieter eines KI-Modells mit allgemeinem Verwendungszweck gegen die Verordnung verstößt.',
};
