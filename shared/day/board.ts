/**
 * Statement boards and the ready-made statements tied to the model. Card
 * positions are normalised (0..1 both ways) on a room-shaped board.
 */
import type { BoardKind, BoardPlan, StatementPlan } from '../protocol';

/** The poles of a line board: the first card scores 0, the second 100. */
export const LINE_POLES = ['Stämmer inte alls', 'Stämmer helt'] as const;

/** The cards each board kind starts with; `cards` boards are laid out by the facilitator. */
export function boardTemplate(kind: BoardKind): BoardPlan {
  switch (kind) {
    case 'line':
      return {
        kind,
        cards: [
          { label: LINE_POLES[0], x: 0.12, y: 0.5 },
          { label: LINE_POLES[1], x: 0.88, y: 0.5 },
        ],
      };
    case 'fourFp':
      // The 4FP cycle clockwise around the EOR in the centre.
      return {
        kind,
        cards: [
          { label: 'EOR', x: 0.5, y: 0.5 },
          { label: 'Se verkligheten', x: 0.5, y: 0.1 },
          { label: 'Formulera framtiden', x: 0.9, y: 0.5 },
          { label: 'Agera', x: 0.5, y: 0.9 },
          { label: 'Fullfölja', x: 0.1, y: 0.5 },
        ],
      };
    case 'fyrfaltare':
      // Individ–Kollektiv across, Yttre–Inre down; work starts from the production apparatus.
      return {
        kind,
        cards: [
          { label: 'Kompetens', x: 0.25, y: 0.25 },
          { label: 'Produktionsapparat', x: 0.75, y: 0.25 },
          { label: 'Driv', x: 0.25, y: 0.75 },
          { label: 'Kultur', x: 0.75, y: 0.75 },
        ],
      };
    case 'cards':
      return {
        kind,
        cards: [
          { label: 'Kort 1', x: 0.25, y: 0.5 },
          { label: 'Kort 2', x: 0.75, y: 0.5 },
        ],
      };
  }
}

/** Ready statements tied to the model; the facilitator edits them. */
export const STATEMENT_LIBRARY: readonly StatementPlan[] = [
  { text: 'Vi har ett EOR som alla i verksamheten känner till', board: boardTemplate('line') },
  { text: 'Vi vet hur vår produktionsapparat ser ut i dag', board: boardTemplate('line') },
  { text: 'Vi följer upp våra resultat varje månad och jämför med föregående år', board: boardTemplate('line') },
  { text: 'Vi har gjort en bakåtplanering för det vi vill uppnå', board: boardTemplate('line') },
  { text: 'Chefer och medarbetare har tagit ställning för vårt EOR', board: boardTemplate('line') },
  { text: 'Var i 4FP-cykeln befinner sig din verksamhet just nu?', board: boardTemplate('fourFp') },
  { text: 'Var i Fyrfältaren ligger er största utmaning?', board: boardTemplate('fyrfaltare') },
];
