export default function Dispatch() {
  return <h1>Dispatch</h1>;
}
