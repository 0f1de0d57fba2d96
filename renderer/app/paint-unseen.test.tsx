import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paintUnseen } from './paint-unseen';
import { watchUnseenCopies } from './testing/watch-unseen-copies';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('paintUnseen', () => {
  it('paints an inert, unlabelled copy of the rendered screen once, without running its effects, then removes it', async () => {
    const effect = vi.fn();
    function Sample() {
      useEffect(effect);
      return (
        <div className="screen">
          <h1 id="title">Đăng ký khai sinh</h1>
          <label htmlFor="choice">Con thứ mấy</label>
          <input id="choice" type="radio" name="order" defaultChecked />
        </div>
      );
    }
    const watch = watchUnseenCopies();
    const painted = await paintUnseen(<Sample />, () => true);
    watch.stop();

    expect(painted).toBe(true);
    expect(effect).not.toHaveBeenCalled();
    expect(watch.copies).toHaveLength(1);
    const [layer] = watch.copies;
    const copy = new DOMParser().parseFromString(layer?.html ?? '', 'text/html').body
      .firstElementChild as HTMLElement;
    expect(copy.getAttribute('aria-hidden')).toBe('true');
    expect(layer?.element.inert).toBe(true);
    expect(copy.style.opacity).toBe('0.004');
    expect(copy.style.pointerEvents).toBe('none');
    // The screen itself, shown (Activity had hidden it), with nothing that could clash with the real one.
    const screen = copy.querySelector<HTMLElement>('.screen');
    expect(screen?.style.display).toBe('');
    expect(screen?.textContent).toContain('Đăng ký khai sinh');
    expect(copy.querySelector('[id]')).toBeNull();
    expect(copy.querySelector('[name]')).toBeNull();
    // Gone again: nothing of it stays in the page.
    expect(document.body.children).toHaveLength(0);
  });

  it('paints nothing once it should stop', async () => {
    const watch = watchUnseenCopies();
    const painted = await paintUnseen(<p>Tiếng Việt</p>, () => false);
    watch.stop();
    expect(painted).toBe(false);
    expect(watch.copies).toHaveLength(0);
  });
});
