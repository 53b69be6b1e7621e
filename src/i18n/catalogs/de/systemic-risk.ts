import type { Messages } from '../../message-id';
import type { systemicRisk as en } from '../en/systemic-risk';

// Terms of the Act (DE, Official Journal; see docs/glossary.md): "Fähigkeiten mit hohem Wirkungsgrad" (Art. 51
// Abs. 1 Buchst. a, Abs. 2; Art. 3 Nr. 64 says "Fähigkeiten mit hoher Wirkkraft"), "ausweisen" / "Ausweisung" for
// designate (Art. 52 Abs. 1, 4, 5), "mitteilen" / "Mitteilung" for the Art. 52 Abs. 1 notification. "Vermutung" is
// this tool's word: Art. 51 Abs. 2 says "wird angenommen, dass"; so is "Einwand" for the Art. 52 Abs. 2 arguments.
export const systemicRisk: Messages<typeof en> = {
  // Gates (R31, R21, R57, R14, R30, E6)
  labelNotApplicable: 'Nicht anwendbar',
  gateNotGpai:
    'Nicht anwendbar: Nur KI-Modelle mit allgemeinem Verwendungszweck können ein systemisches Risiko aufweisen.',
  gateIntegrator:
    'Diese Einstufung obliegt nicht Ihnen: Der Anbieter des Modells stuft es ein. Als nachgelagerter Anbieter können Sie sich auf seine Informationen nach Anhang XII stützen.',
  gateHost: 'Diese Einstufung obliegt nicht Ihnen: Wer ein Modell hochlädt, stuft es selbst ein.',
  gateModifierOriginalSR:
    'Bleibt beim ursprünglichen Anbieter: Das ursprüngliche Modell weist ein systemisches Risiko auf, Ihre Änderung liegt jedoch unter dem Schwellenwert; die Pflichten bleiben daher beim ursprünglichen Anbieter (E6).',
  gateModifierNotProvider: 'Für Sie nicht anwendbar: Sie sind nicht Anbieter des geänderten Modells.',

  // Decisive answers (R33, R36)
  decisiveComputeLabel: 'Kumulierter Rechenaufwand für das Training',
  computeAtLeast: 'Mindestens {flop} (einige Teile unbekannt)',
  decisiveMethodLabel: 'Wie der Wert des Rechenaufwands ermittelt wurde',

  // The presumption (R32, E2, R29, E5, R88)
  computeQuestion:
    'Übersteigt der kumulierte Rechenaufwand für das Training (einschließlich der Erzeugung nicht öffentlicher synthetischer Daten und übernommener Gewichte) {systemicRiskThreshold}?',
  computeOutcomeYes:
    'Ja: Es wird vermutet, dass das Modell über Fähigkeiten mit hohem Wirkungsgrad verfügt und damit ein systemisches Risiko aufweist.',
  computeOutcomeUnknown:
    'Unbekannt: Die Vermutung kann erst geprüft werden, wenn der Rechenaufwand geschätzt ist.',
  computeOutcomeExactly:
    'Nein: Genau {systemicRiskThreshold} erfüllt nicht das Kriterium „größer als“ (E2); daher keine Vermutung.',
  computeOutcomeNo: 'Nein: nicht mehr als {systemicRiskThreshold}; daher keine Vermutung.',
  modifiedSRQuestion:
    'Ist das ursprüngliche Modell ein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko?',
  modifiedSROutcome:
    'Bei einer erheblichen Änderung eines Modells mit systemischem Risiko wird vermutet, dass es über Fähigkeiten mit hohem Wirkungsgrad verfügt: Für das geänderte Modell wird ein systemisches Risiko vermutet.',
  modifiedComputeQuestion:
    'Übersteigt der kumulierte Rechenaufwand des geänderten Modells (ursprüngliches Modell zuzüglich Änderung) {systemicRiskThreshold}?',
  modifiedComputeOutcome:
    'Ja: Der kumulierte Rechenaufwand umfasst den Rechenaufwand, mit dem die Gewichte trainiert wurden, von denen Sie ausgegangen sind; daher wird für das geänderte Modell ein systemisches Risiko vermutet.',
  e5Title: 'Die Änderung hebt den kumulierten Rechenaufwand über {systemicRiskPower}',
  e5Reading:
    'Systemisches Risiko vermutet: Der kumulierte Rechenaufwand umfasst den Rechenaufwand der zur Initialisierung verwendeten Gewichte (R33).',
  e5Alternative: 'Die Leitlinien behandeln diese Konstellation nicht ausdrücklich.',
  plannedQuestion:
    'Wird der für das Modell geplante kumulierte Rechenaufwand für das Training {systemicRiskThreshold} übersteigen?',
  plannedAnswer: 'Geplant: {flop}',
  plannedOutcome:
    'Ja: Es ist bekannt, dass der Schwellenwert erreicht wird; daher wird für das Modell ein systemisches Risiko vermutet, und die Mitteilung nach Art. 52 Abs. 1 ist innerhalb von zwei Wochen, nachdem dies bekannt wurde, fällig – vor dem Ende des Trainings und vor dem Inverkehrbringen.',

  // Compute caveats (R35, R43, E2)
  askComputeQuestion:
    'Wie hoch ist der kumulierte Rechenaufwand für das Training, einschließlich Feinabstimmung, Erzeugung nicht öffentlicher synthetischer Daten und aller Gewichte, von denen Sie ausgegangen sind?',
  askComputeWhom: 'Das Trainings- oder Infrastrukturteam',
  askComputeAssumption:
    'Angenommen: nicht mehr als {systemicRiskThreshold}, daher keine Vermutung eines systemischen Risikos.',
  warnCumulativeUnknown:
    'Der kumulierte Rechenaufwand ist nicht vollständig bekannt: Anbieter müssen ihn schätzen, idealerweise vor dem großen Vortrainingslauf, und die Mitteilung innerhalb von zwei Wochen machen, sobald bekannt ist, dass er {systemicRiskThreshold} übersteigen wird.',
  warnNearThreshold:
    'Der kumulierte Rechenaufwand von {flop} liegt innerhalb von ±{estimateTolerance} um {systemicRiskThreshold}. Eine Schätzung mit einer Genauigkeit von {estimateTolerance} ist rechtlich ausreichend; beobachten Sie den Wert jedoch weiter und dokumentieren Sie die Methode – eine bessere Schätzung könnte das Ergebnis ändern.',

  // The date the threshold was met (R34, R35, R89)
  askMetDateQuestion:
    'An welchem Datum wurde der Schwellenwert von {systemicRiskThreshold} erreicht, oder wann wurde bekannt, dass er erreicht werden würde (z. B. bei der Planung des Trainingslaufs)?',
  askTrainingTeamWhom: 'Das Trainingsteam und die Stelle, die das Budget für den Rechenaufwand genehmigt hat',
  askMetDateAssumption:
    'Bei einem bereits in Verkehr gebrachten Modell wird die Mitteilung als spätestens zwei Wochen nach dem ersten Inverkehrbringen fällig angenommen (R89); andernfalls kann ihre Frist nicht berechnet werden.',

  // Contest (R37, E21)
  decisiveContestLabel: 'Einwand gegen die Vermutung',
  contestAcceptedQuestion: 'Hat die Kommission Ihre Argumente gegen die Vermutung akzeptiert?',
  contestAcceptedAnswer: 'Akzeptiert; unterrichtet: {informed}',
  contestAcceptedOutcome:
    'Die Pflichten für Modelle mit systemischem Risiko enden ab dem Zeitpunkt, zu dem Sie unterrichtet wurden; bei einer wesentlichen Änderung müssen Sie erneut eine Mitteilung machen, und die Kommission kann das Modell weiterhin ausweisen.',
  contestAcceptedLaterOutcome: 'Akzeptiert mit Wirkung ab dem {date}; bis dahin gelten die Pflichten.',
  contestedQuestion: 'Haben Sie Einwände gegen die Vermutung erhoben?',
  contestPendingAnswer: 'Ja, Entscheidung steht aus',
  contestPendingOutcome: 'Ein noch nicht entschiedener Einwand setzt die Pflichten nicht aus.',
  warnContestPending:
    'Über Ihren Einwand ist noch nicht entschieden: Die Pflichten für Modelle mit systemischem Risiko gelten in vollem Umfang, bis die Kommission ihn akzeptiert.',
  askContestQuestion:
    'Haben Sie mit der Mitteilung dargelegt, dass das Modell ausnahmsweise kein systemisches Risiko aufweist – und hat die Kommission entschieden?',
  askLegalWhom: 'Rechts- oder Regulierungsabteilung',
  askContestAssumption: 'Angenommen: kein Einwand; die Vermutung bleibt bestehen.',
  contestRejectedAnswer: 'Ja, abgelehnt',
  contestRejectedOutcome:
    'Abgelehnt: Das Modell weist ab dem Zeitpunkt, zu dem die Bedingung erfüllt war, ein systemisches Risiko auf.',
  warnContestNotWithNotification:
    'Nach Art. 52 Abs. 2 können Sie Ihre Argumente gegen die Vermutung mit der Mitteilung vorlegen; gesondert übermittelte Argumente werden in diesem Verfahren möglicherweise nicht berücksichtigt – klären Sie dies mit dem Büro für Künstliche Intelligenz.',

  // Designation (R38, R39)
  askDesignatedQuestion:
    'Hat die Kommission Sie davon unterrichtet, dass sie das Modell als Modell mit systemischem Risiko ausgewiesen hat?',
  askDesignatedAssumption: 'Angenommen: nicht ausgewiesen.',
  decisiveDesignationLabel: 'Von der Kommission ausgewiesen; unterrichtet am',
  designationQuestion:
    'Hat die Kommission das Modell als KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko ausgewiesen?',
  designationAnswer: 'Ja; unterrichtet: {informed}',
  designationOutcome:
    'Ausgewiesen: Die Pflichten für Modelle mit systemischem Risiko gelten ab dem Zeitpunkt, zu dem Sie von der Ausweisung unterrichtet wurden. Eine Neubewertung können Sie frühestens sechs Monate danach beantragen (R39).',
  askDesignationDateQuestion: 'An welchem Datum wurden Sie von dem Ausweisungsbeschluss unterrichtet?',
  askDesignationDateWhom:
    'Rechts- oder Regulierungsabteilung (das Schreiben der Kommission mit dem Beschluss)',
  askDesignationDateAssumption:
    'Das Datum, ab dem die Pflichten für Modelle mit systemischem Risiko gelten, kann nicht angegeben werden.',

  // Designation risk from reach (R92)
  warnDesignationRisk:
    'Mindestens 10 000 registrierten gewerblichen Nutzern in der EU bereitgestellt: Nach Anhang XIII wird eine große Auswirkung auf den Binnenmarkt vermutet, sodass die Kommission das Modell als Modell mit systemischem Risiko ausweisen kann (Art. 51 Abs. 1 Buchst. b, Art. 52 Abs. 4). Bis zu einer Ausweisung ändert sich nichts; halten Sie die Tatsachen nach Anhang XIII dokumentiert.',
  askUsersQuestion:
    'Wie vielen registrierten gewerblichen Nutzern in der EU wird das Modell bereitgestellt: mindestens 10 000 oder weniger?',
  askUsersWhom: 'Das Vertriebs- oder Produktteam',
  askUsersAssumption: 'Es wird kein Ausweisungsrisiko aufgrund der Reichweite gemeldet.',

  // Continued training planned above the threshold (R35, E20)
  continuedQuestion:
    'Ist weiteres Training geplant, das den kumulierten Rechenaufwand über {systemicRiskThreshold} heben wird?',
  continuedOutcome:
    'Ja: Die Mitteilung ist innerhalb von zwei Wochen fällig, nachdem bekannt wurde, dass der Schwellenwert erreicht wird – also vor der Überschreitung. Ein systemisches Risiko wird ab der Überschreitung vermutet, und Art. 55 gilt ab diesem Zeitpunkt (E20).',
  askContinuedDateQuestion:
    'An welchem Datum wurde bekannt, dass das weitere Training das Modell über {systemicRiskThreshold} heben würde?',
  askContinuedDateAssumption: 'Die Mitteilung ist unverzüglich fällig.',

  // What would change
  whatIfCrossChange:
    'Bei einem kumulierten Rechenaufwand für das Training von mehr als {systemicRiskThreshold} (derzeit {flop}, {percent} % davon)',
  whatIfCrossEffect:
    'würde für das Modell ein systemisches Risiko vermutet: Sie müssten dies der Kommission innerhalb von zwei Wochen mitteilen und Art. 55 erfüllen, und eine etwaige Open-Source-Ausnahme entfiele.',
  whatIfContestChange:
    'Wenn Sie mit der Mitteilung darlegen würden, dass das Modell ausnahmsweise kein systemisches Risiko aufweist, und die Kommission dies akzeptierte,',
  whatIfContestEffect:
    'würden die Pflichten für Modelle mit systemischem Risiko mit Ihrer Unterrichtung enden (Risikominderungsmaßnahmen zählen nicht als Argumente).',

  // The verdict's label and summary
  labelDesignated: 'Ausgewiesen',
  summaryDesignated:
    'Ja – von der Kommission ausgewiesen: Die Pflichten für Modelle mit systemischem Risiko gelten ab dem Zeitpunkt, zu dem Sie unterrichtet wurden.',
  labelPresumed: 'Vermutet',
  summaryModifiedSR: 'Vermutet: Sie haben ein Modell mit systemischem Risiko erheblich geändert.',
  summaryContestPending:
    'Vermutet: Der kumulierte Rechenaufwand übersteigt {systemicRiskThreshold}. Über Ihren Einwand ist noch nicht entschieden; er setzt die Pflichten nicht aus.',
  summaryPresumed:
    'Vermutet: Der kumulierte Rechenaufwand für das Training übersteigt {systemicRiskThreshold}.',
  labelNo: 'Nein',
  summaryContestAccepted: 'Nicht mehr: Die Kommission hat Ihre Argumente gegen die Vermutung akzeptiert.',
  labelNotYet: 'Noch nicht – jetzt mitteilen',
  summaryNotificationOnly:
    'Noch nicht: Weiteres Training über {systemicRiskThreshold} ist geplant; teilen Sie dies der Kommission daher jetzt mit. Die Vermutung gilt ab der Überschreitung.',
  labelNotEstablished: 'Nicht festgestellt',
  summaryComputeUnknown:
    'Nicht festgestellt: Der kumulierte Rechenaufwand ist unbekannt; die Vermutung ab {systemicRiskThreshold} kann daher nicht geprüft werden.',
  summaryNo:
    'Nein: Der kumulierte Rechenaufwand für das Training übersteigt {systemicRiskThreshold} nicht, und das Modell ist nicht ausgewiesen.',
};
