// The knowledge base (知识库): search (everyone), one article with its versions, writing and
// proposing edits (admins, unit handlers), approving proposals (admins).

import { Navigate, Route, Routes } from 'react-router';
import { useUser } from '../session';
import Editor from './kb/Editor';
import Review from './kb/Review';
import Search from './kb/Search';
import View from './kb/View';
import './kb/kb.css';

export default function Kb() {
  const user = useUser();
  const editor = user.role === 'admin' || user.role === 'unit_handler';
  return (
    <Routes>
      <Route index element={<Search />} />
      <Route path="new" element={editor ? <Editor /> : <Navigate to="/kb" replace />} />
      <Route path="review" element={user.role === 'admin' ? <Review /> : <Navigate to="/kb" replace />} />
      <Route path=":id" element={<View />} />
      <Route path=":id/edit" element={editor ? <Editor /> : <Navigate to="/kb" replace />} />
      <Route path="*" element={<Navigate to="/kb" replace />} />
    </Routes>
  );
}
