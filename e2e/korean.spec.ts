// An analyst whose browser prefers Korean reads the product in Korean, logs a
// development in Korean, finds it in both languages, and switches to English,
// which is remembered after signing out and in, even in another browser.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ACCOUNTS } from "./support/paths";

test.use({ locale: "ko-KR" });
test.describe.configure({ mode: "serial" });

const account = ACCOUNTS.koreanAnalyst;

async function signInKorean(page: import("@playwright/test").Page) {
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("전망 추적기 로그인");
  await page.getByRole("textbox", { name: "이메일" }).fill(account.email);
  await page.getByLabel("비밀번호").fill(account.password);
  await page.getByRole("button", { name: "로그인" }).click();
  await expect(page.getByRole("navigation", { name: "주 메뉴" })).toContainText(account.name);
}

test("a Korean browser sees the baseline, an expectation and the development form in Korean", async ({ page }) => {
  await signInKorean(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("전망 대 현실");
  await expect(page.getByRole("columnheader", { name: "브라이어 점수" })).toBeVisible();
  await page.getByRole("link", { name: "전망", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("전문가들이 예상한 것");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { level: 2, name: "북미 대화" })).toBeVisible();
  await expect(page.getByText("기한 2029년 1월 20일").first()).toBeVisible();
  await expect(page.getByText("미결").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "남북관계" }).getByTestId("panel-share")).toHaveText("60%");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("region", { name: "남북관계" }).getByRole("article").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: "판정 기준" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/[\uAC00-\uD7A3]/);
  await expect(page.getByText(/조사 기간 2025년 1월 10일 – 2025년 1월 20일, 발표 2025년 2월 5일/)).toBeVisible();

  await page.getByRole("link", { name: "동향", exact: true }).click();
  await page.getByRole("link", { name: "동향 기록하기" }).click();
  await expect(page.getByLabel("발생일")).toBeVisible();
  await expect(page.getByRole("button", { name: "동향 저장" })).toBeVisible();
  await page.getByRole("button", { name: "동향 저장" }).click();
  await expect(page.locator("#title-error")).toHaveText("제목을 입력하세요.");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/developments/no-such-development");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다.");
});

test("a development logged in Korean is found by a Korean word and by its English tag", async ({ page }) => {
  await signInKorean(page);
  await page.goto("/developments/new");
  await page.getByLabel("발생일").fill("2025-06-30");
  await page.getByLabel("제목").fill("북미 정상회담 재개");
  await page.getByLabel("요약").fill("판문점에서 북미 정상이 다시 만났다.");
  await page.getByLabel("사건 유형").selectOption("TALKS_MEETINGS");
  await page.getByRole("combobox", { name: "태그", exact: true }).fill("summit");
  await page.getByRole("button", { name: "태그 추가" }).click();
  const source = page.getByRole("group", { name: "출처 1" });
  await source.getByLabel("웹 주소").fill("https://example.org/ko/summit");
  await source.getByLabel("발행처").fill("연합뉴스");
  await source.getByLabel("출처 신뢰도").selectOption("B");
  await source.getByLabel("정보 신빙성").selectOption("2");
  await page.getByRole("button", { name: "동향 저장" }).click();
  await expect(page.getByRole("status")).toHaveText("동향을 저장했습니다.");
  await expect(page.getByText("2025년 6월 30일")).toBeVisible();

  for (const q of ["회담", "summit"]) {
    await page.goto(`/developments?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("link", { name: "북미 정상회담 재개" })).toBeVisible();
  }
  await page.goto(`/developments?q=${encodeURIComponent("미사일")}`);
  await expect(page.getByText("조건에 맞는 동향이 없습니다.")).toBeVisible();
});

test("switching to English changes every screen and is remembered after signing out and in", async ({ page, browser }) => {
  await signInKorean(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Expectations against reality");
  await page.getByRole("link", { name: "Expectations", exact: true }).click();
  await expect(page.getByText("due 20 Jan 2029").first()).toBeVisible();
  await page.getByRole("link", { name: "Developments", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Developments");
  await page.getByRole("link", { name: "Log a development" }).click();
  await expect(page.getByLabel("When it happened")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Outlook Tracker");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Expectations against reality");

  // A fresh Korean browser: the sign-in page follows the browser, the account's choice wins after sign-in.
  const other = await browser.newPage({ locale: "ko-KR" });
  await other.goto("/sign-in");
  await other.getByRole("textbox", { name: "이메일" }).fill(account.email);
  await other.getByLabel("비밀번호").fill(account.password);
  await other.getByRole("button", { name: "로그인" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Expectations against reality");
  await other.getByRole("button", { name: "한국어" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("전망 대 현실");
  await other.close();
});
