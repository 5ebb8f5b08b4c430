/**
 * Issue 5: what a keyboard or screen-reader visitor gets from <cookie-consent>, checked in Chromium
 * with real key presses (Playwright's keyboard), the browser's accessibility tree and axe-core.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { banner, button, clearCookies, closeVisits, consentCookie, panel, settle, shadow, until, visit, type Visit, type VisitOptions } from '../support/visit.js';
import { axe } from '../support/axe.js';

const ELEMENT = `<cookie-consent lang="fr" controller="Communauté urbaine de Dunkerque"
  policy-url="/pages/politique-de-confidentialite/" services="matomo twitter facebook linkedin"
  matomo-url="https://stats.example.fr/" matomo-site-id="3"></cookie-consent>`;

/** A portal page with the element where an admin might well put it: at the end of the footer. */
function portal(element = ELEMENT, extra = ''): string {
  const links = Array.from({ length: 30 }, (_, i) => `<p><a href="#d${i}">Jeu de données n° ${i + 1}</a></p>`).join('');
  return `<header><a href="#" id="home">data.example.fr</a></header>
    <main><h1>Budget primitif 2026</h1>${extra}${links}</main>
    <footer><a href="#" id="footer-link" data-consent-open>Gestion des cookies</a>${element}</footer>`;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The element that has focus, looking through shadow roots. */
function focused(page: Visit): Element | null {
  let element = page.document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** A control's name as a visitor hears it: its aria-label, its <label>, else its text. */
function text(element: Element | null): string {
  // (localName, not instanceof: the page's elements come from another window.)
  const label = element?.localName === 'input' ? [...((element as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ') : undefined;
  return (element?.getAttribute('aria-label') ?? label ?? element?.textContent ?? '').replace(/\s+/g, ' ').replace('✕', '').trim();
}

/** Compares identities only: chai would walk a whole DOM tree to print a mismatch. */
function expectFocusOn(page: Visit, expected: Element | null | undefined): void {
  const actual = focused(page);
  const show = (e: Element | null | undefined) => (e ? `<${e.localName}> "${text(e).slice(0, 40)}"` : String(e));
  expect(actual === expected, `focus is on ${show(actual)}, not ${show(expected)}`).to.equal(true);
}

/** Puts the keyboard in the page, nothing focused yet: as a visitor who just loaded it. */
async function keyboardInto(page: Visit): Promise<void> {
  page.frame.focus();
  await until(() => page.document.hasFocus(), 'focus in the page');
}

/** Presses Tab until `name` has focus (at most 40 times). */
async function tabTo(page: Visit, name: string): Promise<Element> {
  for (let i = 0; i < 40; i += 1) {
    await press('Tab');
    if (text(focused(page)).startsWith(name)) return focused(page)!;
  }
  throw new Error(`"${name}" never got focus`);
}

async function ariaSnapshot(selector: string): Promise<string> {
  return executeServerCommand('a11y-aria-snapshot', { selector });
}

function describedBy(element: Element): string {
  const root = element.getRootNode() as ShadowRoot;
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Visits a page and waits until the banner has finished sliding in. */
async function open(body: string, options: VisitOptions = {}): Promise<Visit> {
  const page = await visit(body, options);
  await settle(page);
  await Promise.all(shadow(page).getAnimations().map((animation) => animation.finished));
  return page;
}

describe('the banner with a keyboard', function () {
  // Real key presses take a round trip to Playwright each; other suites run beside this one.
  this.timeout(30000);
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('is a region named by its title, takes no focus on load, and is the first Tab stop wherever the element is', async () => {
    const page = await open(portal());
    expectFocusOn(page, page.document.body);
    expect(await ariaSnapshot('cookie-consent')).to.match(/^- region "Gestion des cookies"/);
    await keyboardInto(page);
    const stops: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await press('Tab');
      stops.push(text(focused(page)));
    }
    expect(stops).to.deep.equal([
      'Continuer sans accepter',
      'Politique de confidentialité',
      'Tout refuser',
      'Tout accepter',
      'Personnaliser',
      'data.example.fr',
    ]);
  });

  it('never hides the focused element: the page gets bottom padding and scroll padding while it shows', async () => {
    const page = await open(portal());
    const region = banner(page)!;
    const html = page.document.documentElement;
    const height = region.offsetHeight;
    // Set from a ResizeObserver, so at the first rendering after the banner shows (later on a busy machine).
    await until(() => page.window.getComputedStyle(html).scrollPaddingBottom !== 'auto', 'the scroll padding');
    expect(parseFloat(page.window.getComputedStyle(html).scrollPaddingBottom)).to.be.closeTo(height, 1);
    expect(parseFloat(page.window.getComputedStyle(page.document.body).paddingBottom)).to.be.at.least(height);
    await keyboardInto(page);
    await tabTo(page, 'data.example.fr');
    for (let i = 0; i < 15; i += 1) {
      await press('Tab');
      const box = focused(page)!.getBoundingClientRect();
      expect(box.top, text(focused(page))).to.be.at.least(0);
      expect(box.bottom, text(focused(page))).to.be.at.most(region.getBoundingClientRect().top + 1);
    }
    // The last ones would have been under the banner without the scroll padding.
    expect(page.window.scrollY).to.be.greaterThan(0);
    page.api.refuseAll();
    await settle(page);
    expect(page.window.getComputedStyle(html).scrollPaddingBottom).to.equal('auto');
    expect(page.window.getComputedStyle(page.document.body).paddingBottom).to.equal('0px');
  });

  it('announces "Vos choix ont été enregistrés" after a choice and leaves focus in the page, not at its top', async () => {
    const page = await open(portal());
    await keyboardInto(page);
    await tabTo(page, 'Tout accepter');
    await press('Enter');
    await settle(page);
    expect(banner(page) === null, 'banner gone').to.equal(true);
    const status = shadow(page).querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.include('Vos choix ont été enregistrés');
    expectFocusOn(page, page.document.querySelector('main'));
    // The next Tab goes on into the content.
    await press('Tab');
    expect(text(focused(page))).to.equal('Jeu de données n° 1');
  });

  it('after a choice, focus goes back where the visitor was before entering the banner', async () => {
    const page = await open(portal());
    await keyboardInto(page);
    await tabTo(page, 'data.example.fr');
    await press('Shift+Tab');
    expect(text(focused(page))).to.equal('Personnaliser');
    await press('Shift+Tab');
    await press('Enter');
    await settle(page);
    expect(page.api.hasConsent('statistics')).to.equal(true);
    expectFocusOn(page, page.document.getElementById('home'));
  });

  it('a second choice is announced again', async () => {
    const page = await open(portal());
    page.api.showBanner();
    const status = shadow(page).querySelector('[role="status"]')!;
    page.api.showPreferences();
    await settle(page);
    (panel(page).querySelector('.actions .button') as HTMLElement).click();
    await settle(page);
    const first = status.textContent;
    page.api.showPreferences();
    await settle(page);
    (panel(page).querySelector('.actions .button') as HTMLElement).click();
    await settle(page);
    expect(status.textContent!.trim()).to.equal('Vos choix ont été enregistrés.');
    expect(status.textContent).to.not.equal(first);
  });
});

describe('the preference panel with a keyboard', function () {
  this.timeout(30000);
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('is a modal dialog named by its visible title; focus goes in, Tab and Shift+Tab go round inside, the page is inert', async () => {
    const page = await open(portal());
    await keyboardInto(page);
    await tabTo(page, 'Personnaliser');
    await press('Enter');
    await settle(page);
    const dialog = panel(page);
    expect(dialog.matches(':modal')).to.equal(true);
    const title = shadow(page).getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Gestion des cookies');
    expect(title.offsetHeight).to.be.greaterThan(0);
    expect(await ariaSnapshot('cookie-consent dialog')).to.match(/^- dialog "Gestion des cookies"/);
    expect(dialog.contains(focused(page))).to.equal(true);
    const first = focused(page);
    const seen: Element[] = [];
    for (let i = 0; i < 30; i += 1) {
      await press('Tab');
      expect(dialog.contains(focused(page)), `Tab ${i + 1}`).to.equal(true);
      if (focused(page) === first) break;
      seen.push(focused(page)!);
    }
    expectFocusOn(page, first);
    expect(seen.map(text)).to.include.members(['Tout refuser', 'Tout accepter', 'Enregistrer mes choix']);
    await press('Shift+Tab');
    expectFocusOn(page, seen[seen.length - 1]);
    await press('Tab');
    expectFocusOn(page, first);
    // Nothing behind can take focus or be clicked.
    const home = page.document.getElementById('home')!;
    home.focus();
    expect(dialog.contains(focused(page))).to.equal(true);
    let clicks = 0;
    home.addEventListener('click', () => (clicks += 1));
    const frame = page.frame.getBoundingClientRect();
    const box = home.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(frame.left + box.left + 5), Math.round(frame.top + box.top + 5)] });
    expect(clicks).to.equal(0);
    expect(dialog.open).to.equal(true);
  });

  it('Escape closes it without saving and focus returns to what opened it', async () => {
    const page = await open(portal());
    await keyboardInto(page);
    const customise = await tabTo(page, 'Personnaliser');
    await press('Enter');
    await settle(page);
    await tabTo(page, 'Mesure d’audience');
    await press('Space');
    await settle(page);
    expect(panel(page).querySelector<HTMLInputElement>('#category-statistics')!.checked).to.equal(true);
    await press('Escape');
    await settle(page);
    expect(panel(page).open).to.equal(false);
    expect(consentCookie()).to.equal(undefined);
    expectFocusOn(page, customise);
    expect(banner(page)).to.exist;

    const link = page.document.getElementById('footer-link')!;
    link.focus();
    await press('Enter');
    await settle(page);
    expect(panel(page).open).to.equal(true);
    await press('Escape');
    await settle(page);
    expectFocusOn(page, link);
  });

  it('from a placeholder\'s "Gérer mes préférences", focus returns to that button', async function () {
    const page = await open(portal(ELEMENT, `<consent-embed service="twitter"><blockquote>Un tweet</blockquote></consent-embed>`));
    if (!page.window.customElements.get('consent-embed')) this.skip();
    page.api.refuseAll();
    await settle(page);
    const embed = page.document.querySelector('consent-embed')!;
    await until(() => embed.shadowRoot?.querySelector('button'), 'placeholder');
    const preferences = button(embed.shadowRoot!, 'Gérer mes préférences');
    await keyboardInto(page);
    preferences.focus();
    await press('Enter');
    await settle(page);
    expect(panel(page).open).to.equal(true);
    await press('Escape');
    await settle(page);
    expectFocusOn(page, preferences);
  });

  it('switches are switches with a name and a state; "necessary" is on, unavailable and says it is always on', async () => {
    const page = await open(portal());
    page.api.showPreferences();
    await settle(page);
    const before = await ariaSnapshot('cookie-consent dialog');
    expect(before).to.match(/- switch "Nécessaires" \[checked\] \[disabled\]/);
    expect(before).to.match(/- switch "Mesure d’audience"\s*$/m);
    expect(before).to.match(/- switch "Matomo"\s*$/m);
    expect(before).to.match(/- switch "Twitter\/X"\s*$/m);
    const necessary = panel(page).querySelector('#category-necessary')!;
    expect(describedBy(necessary)).to.include('Toujours actif');
    await keyboardInto(page);
    panel(page).querySelector<HTMLElement>('#category-social')!.focus();
    await press('Space');
    await settle(page);
    const after = await ariaSnapshot('cookie-consent dialog');
    expect(after).to.match(/- switch "Réseaux sociaux" \[checked\]/);
    expect(after).to.match(/- switch "LinkedIn" \[checked\]/);
  });

  it('saving by keyboard closes it, announces the choice, and gives focus back to the opener', async () => {
    const page = await open(portal());
    await keyboardInto(page);
    page.document.getElementById('footer-link')!.focus();
    await press('Enter');
    await settle(page);
    await tabTo(page, 'Mesure d’audience');
    await press('Space');
    await tabTo(page, 'Enregistrer mes choix');
    await press('Enter');
    await settle(page);
    expect(page.api.hasConsent('statistics')).to.equal(true);
    expect(page.api.hasConsent('social')).to.equal(false);
    expect(shadow(page).querySelector('[role="status"]')!.textContent).to.include('Vos choix ont été enregistrés');
    expectFocusOn(page, page.document.getElementById('footer-link'));
  });

  it('opened from the banner, a choice in the panel leaves focus in the page once both are gone', async () => {
    const page = await open(portal());
    await keyboardInto(page);
    await tabTo(page, 'Personnaliser');
    await press('Enter');
    await settle(page);
    await tabTo(page, 'Tout refuser');
    await press('Enter');
    await settle(page);
    expect(banner(page) === null, 'banner gone').to.equal(true);
    expectFocusOn(page, page.document.querySelector('main'));
  });
});

describe('the manage button', function () {
  this.timeout(30000);
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('after a choice: a small named button in a corner reopens the preferences; focus comes back to it', async () => {
    const page = await open(portal(ELEMENT.replace('<cookie-consent', '<cookie-consent manage-button')));
    expect(shadow(page).querySelector('.manage') === null, 'no manage button yet').to.equal(true);
    page.api.refuseAll();
    await settle(page);
    const manage = shadow(page).querySelector<HTMLButtonElement>('.manage')!;
    expect(await ariaSnapshot('cookie-consent')).to.include('- button "Gestion des cookies"');
    const box = manage.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
    expect(box.width).to.be.below(240);
    expect(box.left).to.be.below(40);
    expect(page.window.innerHeight - box.bottom).to.be.below(40);
    // Page content can always scroll out from under it.
    expect(parseFloat(page.window.getComputedStyle(page.document.documentElement).scrollPaddingBottom)).to.be.at.least(box.height);
    await keyboardInto(page);
    manage.focus();
    await press('Enter');
    await settle(page);
    expect(panel(page).open).to.equal(true);
    await press('Escape');
    await settle(page);
    expectFocusOn(page, manage);
  });
});

// ---- Look: contrast, sizes, reflow, motion, colour schemes ----

function channels(color: string): number[] {
  const match = color.match(/[\d.]+/g);
  if (!match) throw new Error(`not a colour: ${color}`);
  return match.map(Number);
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

/** The colour painted behind an element: the nearest opaque background up its (shadow) tree. */
function backdrop(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(node).backgroundColor;
    const alpha = channels(color)[3];
    if (alpha === undefined || alpha === 1) return color;
  }
  return 'rgb(255, 255, 255)';
}

/** Every element with its own text inside `root`, and the contrast of that text. */
function textContrasts(root: Element): { text: string; ratio: number }[] {
  const out: { text: string; ratio: number }[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim());
    if (own.length === 0 || element.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    const ratio = contrast(style.color, backdrop(element)) * (Number(style.opacity) < 1 ? 0 : 1);
    out.push({ text: own.join(' ').slice(0, 30), ratio: Math.round(ratio * 100) / 100 });
  }
  return out;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`the look, ${scheme}`, () => {
    beforeEach(async () => {
      clearCookies();
      await emulateMedia({ colorScheme: scheme });
    });
    afterEach(async () => {
      closeVisits();
      await emulateMedia({ colorScheme: 'light' });
    });

    it('text has 4.5:1 contrast, the focus ring and switch outlines 3:1', async () => {
      const page = await open(portal());
      const region = banner(page)!;
      expect(luminance(backdrop(region)) < 0.1).to.equal(scheme === 'dark');
      const bannerTexts = textContrasts(region);
      page.api.showPreferences();
      await settle(page);
      const dialog = panel(page);
      const panelTexts = textContrasts(dialog);
      for (const { text: what, ratio } of [...bannerTexts, ...panelTexts]) expect(ratio, what).to.be.at.least(4.5);
      const background = backdrop(dialog);
      const off = panel(page).querySelector('#category-statistics')!;
      const outline = contrast(getComputedStyle(off).borderTopColor, background);
      expect(outline, 'switch outline').to.be.at.least(3);
      await keyboardInto(page);
      await press('Tab');
      const ring = getComputedStyle(focused(page)!);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      const focusRatio = contrast(ring.outlineColor, background);
      expect(focusRatio, 'focus ring').to.be.at.least(3);
    });

    it('every control is 24×24 px at least', async () => {
      const page = await open(portal(ELEMENT.replace('<cookie-consent', '<cookie-consent manage-button')), { width: 375 });
      // Links inside a sentence are exempt (WCAG 2.5.8 "inline"); the banner's policy link stands alone.
      const sizes = (controls: Iterable<Element>) => [...controls].map((c) => [text(c), c.getBoundingClientRect()] as const);
      const measured = sizes(banner(page)!.querySelectorAll('button, a'));
      page.api.acceptAll();
      page.api.showPreferences();
      await settle(page);
      measured.push(...sizes([...panel(page).querySelectorAll('button, input'), shadow(page).querySelector('.manage')!]));
      expect(measured.length).to.be.greaterThan(15);
      for (const [name, box] of measured) {
        expect(box.width, name).to.be.at.least(24);
        expect(box.height, name).to.be.at.least(24);
      }
    });
  });
}

describe('layout and zoom', () => {
  beforeEach(clearCookies);
  afterEach(closeVisits);

  for (const [width, height, what] of [
    [320, 256, '320 px (400% zoom)'],
    [640, 400, '200% zoom of a 1280×800 screen'],
  ] as const) {
    it(`reflows at ${what}: no horizontal scrolling, every choice in reach`, async () => {
      const page = await open(portal(), { width, height });
      const root = page.document.documentElement;
      const region = banner(page)!;
      expect(root.scrollWidth, 'page').to.be.at.most(root.clientWidth);
      expect(region.scrollWidth, 'banner').to.be.at.most(region.clientWidth);
      for (const choice of region.querySelectorAll<HTMLElement>('button')) {
        choice.scrollIntoView({ block: 'nearest' });
        const box = choice.getBoundingClientRect();
        expect(box.left, text(choice)).to.be.at.least(0);
        expect(box.right, text(choice)).to.be.at.most(width);
        expect(box.bottom, text(choice)).to.be.at.most(height + 1);
      }
      page.api.showPreferences();
      await settle(page);
      const dialog = panel(page);
      expect(dialog.getBoundingClientRect().right).to.be.at.most(width);
      expect(dialog.scrollWidth, 'panel').to.be.at.most(dialog.clientWidth);
    });
  }

  it('lays the three choices out evenly: one column beside the text on a desktop, full width on a phone', async () => {
    for (const width of [1280, 375]) {
      const page = await open(portal(), { width, height: 800 });
      const boxes = [...banner(page)!.querySelectorAll('.actions button')].map((b) => b.getBoundingClientRect());
      expect(new Set(boxes.map((b) => Math.round(b.width))).size, `${width}: widths`).to.equal(1);
      expect(new Set(boxes.map((b) => Math.round(b.left))).size, `${width}: one column`).to.equal(1);
      const text = banner(page)!.querySelector('.message')!.getBoundingClientRect();
      if (width === 1280) expect(boxes[0]!.left).to.be.greaterThan(text.right);
      else expect(boxes[0]!.width).to.be.greaterThan(width * 0.8);
      closeVisits();
    }
  });

  it('keeps the choices in view on a phone: only the text scrolls', async () => {
    const page = await open(portal(), { width: 375, height: 667 });
    const region = banner(page)!;
    for (const choice of region.querySelectorAll('button')) {
      const box = choice.getBoundingClientRect();
      expect(box.top, text(choice)).to.be.at.least(region.getBoundingClientRect().top);
      expect(box.bottom, text(choice)).to.be.at.most(667);
    }
  });
});

describe('motion and forced colours', () => {
  beforeEach(clearCookies);
  afterEach(async () => {
    closeVisits();
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  function moving(root: ShadowRoot): string[] {
    const found: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before']) {
        const style = getComputedStyle(element, pseudo);
        const durations = `${style.animationDuration},${style.transitionDuration}`.split(',').map(parseFloat);
        if ((style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0) && durations.some((d) => d > 0)) {
          found.push(`${element.className}${pseudo ?? ''}`);
        }
      }
    }
    return found;
  }

  it('moves nothing when the visitor prefers reduced motion', async () => {
    const page = await open(portal());
    page.api.showPreferences();
    await settle(page);
    expect(moving(shadow(page))).to.not.deep.equal([]);
    closeVisits();
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await open(portal());
    still.api.showPreferences();
    await settle(still);
    expect(moving(shadow(still))).to.deep.equal([]);
  });

  it('keeps switches, buttons and the banner visible in forced colours (Windows high contrast)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const page = await open(portal());
    expect(page.window.matchMedia('(forced-colors: active)').matches).to.equal(true);
    page.api.showPreferences();
    await settle(page);
    const off = panel(page).querySelector<HTMLInputElement>('#category-statistics')!;
    const on = panel(page).querySelector<HTMLInputElement>('#category-necessary')!;
    off.click();
    await settle(page);
    const track = (el: Element) => getComputedStyle(el).backgroundColor;
    const knob = (el: Element) => getComputedStyle(el, '::before').backgroundColor;
    expect(contrast(knob(off), track(off)), 'knob on its track').to.be.at.least(3);
    const checkedTrack = track(off);
    off.click();
    await settle(page);
    expect(contrast(knob(off), track(off)), 'knob on its track, off').to.be.at.least(3);
    expect(track(off), 'on and off look different').to.not.equal(checkedTrack);
    expect(knob(on)).to.not.equal(track(on));
    for (const choice of banner(page)!.querySelectorAll('.actions button')) {
      expect(parseFloat(getComputedStyle(choice).borderTopWidth)).to.be.at.least(1);
    }
  });
});

// ---- axe-core: zero violations, in French and English, light and dark ----

describe('axe-core in these tests', () => {
  afterEach(closeVisits);

  it('sees inside the shadow root: a nameless button in the banner is reported', async () => {
    clearCookies();
    const page = await open(portal());
    banner(page)!.append(page.document.createElement('button'));
    expect((await axe(page)).join()).to.include('button-name');
  });
});

const EMBED = `<section aria-labelledby="share"><h2 id="share">Partager</h2>
  <consent-embed service="twitter"><blockquote class="twitter-tweet"><p>Le budget 2026 est en ligne.</p></blockquote></consent-embed></section>`;

for (const lang of ['fr', 'en']) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`axe-core, ${lang}, ${scheme}`, () => {
      beforeEach(async () => {
        clearCookies();
        await emulateMedia({ colorScheme: scheme });
      });
      afterEach(async () => {
        closeVisits();
        await emulateMedia({ colorScheme: 'light' });
      });

      it('finds nothing on the banner, the panel, the placeholder and the manage button', async () => {
        const element = ELEMENT.replace('lang="fr"', `lang="${lang}" manage-button`);
        const page = await open(portal(element, EMBED), { lang });
        const embedded = Boolean(page.window.customElements.get('consent-embed'));
        expect(await axe(page), 'banner').to.deep.equal([]);
        page.api.showPreferences();
        await settle(page);
        expect(await axe(page), 'panel').to.deep.equal([]);
        panel(page).close();
        page.api.refuseAll();
        await settle(page);
        if (embedded) await until(() => page.document.querySelector('consent-embed')?.shadowRoot?.querySelector('button'), 'placeholder');
        expect(await axe(page), 'after a choice: placeholder and manage button').to.deep.equal([]);
      });
    });
  }
}

describe('axe-core on the other states of the panel and banner', () => {
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('finds nothing with exempt statistics, a Global Privacy Control signal and a saved choice', async () => {
    const element = ELEMENT.replace('<cookie-consent', '<cookie-consent statistics-mode="exempt"');
    const gpc = `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { value: true });</script>`;
    const page = await open(portal(element), { head: gpc });
    expect(banner(page)!.textContent).to.include('Global Privacy Control');
    expect(await axe(page), 'banner with the GPC notice').to.deep.equal([]);
    page.api.update({ statistics: true });
    page.api.showPreferences();
    await settle(page);
    expect(await ariaSnapshot('cookie-consent dialog')).to.include('switch "Je m’oppose à la mesure d’audience"');
    expect(await axe(page), 'panel: exempt statistics, saved choice').to.deep.equal([]);
  });
});

