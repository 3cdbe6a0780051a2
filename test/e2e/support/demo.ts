import type { BrowserContext, Page } from "playwright-core";
/** Signs in a demo user through the API, as the flows that are not about signing in do. */
export async function signInDemo(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "demo1234" }),
  });
  if (!response.ok) throw new Error(`demo sign-in as ${email} failed: ${response.status}`);
  const session = (await response.json()) as { token: string; user: unknown };
  return { session, headers: { authorization: `Bearer ${session.token}` } };
}

/**
 * Gives a browser context the session a sign-in through the page would leave: the HttpOnly
 * cookie the API reads and the hint the web app reads. Every page of the context shares it.
 */
export async function useSession(context: BrowserContext, baseUrl: string, session: { token: string }) {
  const domain = new URL(baseUrl).hostname;
  await context.addCookies([
    { name: "fcs_session", value: session.token, domain, path: "/api", httpOnly: true, sameSite: "Strict" },
    { name: "fcs_signed_in", value: "1", domain, path: "/", sameSite: "Strict" },
  ]);
}

/** The id of the demo coordinator's centre in Malmö (Familjecentralen Rosengård). */
export async function demoMalmoCentreId(baseUrl: string, headers: Record<string, string>): Promise<string> {
  const { centres } = (await fetch(`${baseUrl}/api/centres`, { headers }).then((r) => r.json())) as {
    centres: { id: string; municipality: { name: string } }[];
  };
  const malmo = centres.find((c) => c.municipality.name === "Malmö");
  if (!malmo) throw new Error("the demo coordinator has no centre in Malmö");
  return malmo.id;
}

/** Signs in through the sign-in page, as a person does, and waits for the start page. */
export async function signInThroughPage(page: Page, email: string, password = "demo1234") {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
}
