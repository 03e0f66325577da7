import EorBoardPage from './EorBoardPage';
export { default as PresentingBoard } from '../components/eor/PresentingBoard';
import EorProgrammePage from './EorProgrammePage';

/** `/eor/<programmeId>[/<boardId>]`: one chunk for both EOR pages, so the app's entry (which every phone loads) grows by one route, not two. */
export default function EorPage({ programmeId, boardId }: { programmeId: string; boardId?: string }) {
  return boardId ? (
    <EorBoardPage programmeId={programmeId} boardId={boardId} />
  ) : (
    <EorProgrammePage programmeId={programmeId} />
  );
}
