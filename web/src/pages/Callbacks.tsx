export default function Callbacks() {
  return <h1>Callbacks</h1>;
}
