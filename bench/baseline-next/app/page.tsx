export default function Page() {
  return (
    <main>
      <h1>Baseline page</h1>
      <p>A short static page of a bare Next app: what the framework alone costs.</p>
    </main>
  );
}
