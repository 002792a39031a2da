export default function Kb() {
  return <h1>Kb</h1>;
}
