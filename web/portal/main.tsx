// The citizen portal (/portal/): submit a request, follow it, rate it. Mobile first.

import { createRoot } from 'react-dom/client';

function Portal() {
  return <main><h1>12345 网上诉求</h1></main>;
}

createRoot(document.getElementById('root')!).render(<Portal />);
