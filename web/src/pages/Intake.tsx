export default function Intake() { return <h1>Intake</h1>; }
