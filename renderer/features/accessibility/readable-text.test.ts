import { describe, expect, it } from 'vitest';
import { MAX_OPTIONS_READ, readableSegments } from './readable-text';

function main(html: string): HTMLElement {
  const element = document.createElement('main');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

const texts = (root: Element, lang = 'vi') => readableSegments(root, lang).map((s) => s.text);

describe('readableSegments', () => {
  it('reads the heading, the question and its hints, never what was typed', () => {
    const root = main(`
      <h1>Người đi đăng ký</h1>
      <p class="progress">Câu 1 / 20</p>
      <p class="hint">Ghi đủ họ, chữ đệm và tên, có dấu</p>
      <div class="text-field">
        <label for="name">Họ, chữ đệm và tên của ông/bà</label>
        <input id="name" value="Nguyễn Văn Bình">
      </div>
      <textarea>Nguyễn Văn Bình</textarea>
      <div role="alert"><p>Họ tên không được có chữ số.</p></div>`);
    (root.querySelector('input') as HTMLInputElement).value = 'Nguyễn Văn Bình';
    expect(texts(root)).toEqual([
      'Người đi đăng ký.',
      'Câu 1 / 20.',
      'Ghi đủ họ, chữ đệm và tên, có dấu.',
      'Họ, chữ đệm và tên của ông/bà.',
      'Họ tên không được có chữ số.',
    ]);
    expect(JSON.stringify(readableSegments(root, 'vi'))).not.toContain('Bình');
  });

  it('reads the options of a short choice, not the 54 of a long one', () => {
    const short = main(`
      <fieldset><legend>Giới tính của trẻ</legend>
        <label><input type="radio" name="s" checked><span>Nam</span></label>
        <label><input type="radio" name="s"><span>Nữ</span></label>
      </fieldset>`);
    expect(texts(short)).toEqual(['Giới tính của trẻ.', 'Nam.', 'Nữ.']);
    const options = Array.from(
      { length: MAX_OPTIONS_READ + 1 },
      (_, i) => `<label><input type="radio" name="d"><span>Dân tộc ${i}</span></label>`,
    );
    const long = main(`<fieldset><legend>Dân tộc của trẻ</legend>${options.join('')}</fieldset>`);
    expect(texts(long)).toEqual(['Dân tộc của trẻ.']);
  });

  it('shows-back pages: reads the questions (dt), not the answers (dd)', () => {
    const root = main(`
      <h1>Kiểm tra lại thông tin</h1>
      <section><h2>Thông tin của trẻ</h2>
        <dl><div><dt>Họ, chữ đệm và tên của trẻ</dt>
          <dd><span>Nguyễn Minh An</span><button aria-label="Sửa: Họ tên của trẻ">Sửa</button></dd></div></dl>
        <dl><div><dt>Thủ tục</dt><dd><span data-read-aloud>Đăng ký khai sinh</span></dd></div></dl>
      </section>`);
    expect(texts(root)).toEqual([
      'Kiểm tra lại thông tin.',
      'Thông tin của trẻ.',
      'Họ, chữ đệm và tên của trẻ.',
      'Thủ tục.',
      'Đăng ký khai sinh.',
    ]);
  });

  it('reads tiles by their names, and a list item with a button only by the button', () => {
    const root = main(`
      <ul class="tiles">
        <li><button><svg aria-hidden="true"><text>x</text></svg><span>Có em bé</span><span>3 thủ tục</span></button></li>
      </ul>
      <ul class="repeat-items">
        <li><span><strong>Con thứ 1</strong><span>Nguyễn Minh An</span></span>
          <button aria-label="Xóa Con thứ 1">Xóa</button></li>
      </ul>`);
    expect(texts(root)).toEqual(['Có em bé 3 thủ tục.', 'Xóa Con thứ 1.']);
  });

  it('leaves out parts marked off, hidden or aria-hidden', () => {
    const root = main(`
      <p>Mã đã nhập <span data-read-aloud="off">ABCD</span></p>
      <p data-read-aloud="off">ABCD-EFGH</p>
      <p hidden>Ẩn</p>
      <div aria-hidden="true"><p data-read-aloud>Ẩn nữa</p></div>
      <div data-read-aloud="off"><p>Trong vùng tắt</p></div>`);
    expect(texts(root)).toEqual(['Mã đã nhập.']);
  });

  it('uses an aria-label that spells out a code', () => {
    const root = main(`<p aria-label="Mã biên nhận: A B C D">ABCD</p>`);
    expect(texts(root)).toEqual(['Mã biên nhận: A B C D.']);
  });

  it('keeps each part in its own language', () => {
    const root = main(`<h1>Chọn ngôn ngữ <span lang="en">Choose a language</span></h1><p>Xin chào</p>`);
    expect(readableSegments(root, 'vi')).toEqual([
      { text: 'Chọn ngôn ngữ.', lang: 'vi' },
      { text: 'Choose a language.', lang: 'en' },
      { text: 'Xin chào.', lang: 'vi' },
    ]);
    expect(readableSegments(main('<p>Hello</p>'), 'en')).toEqual([{ text: 'Hello.', lang: 'en' }]);
  });

  it('reads a nested block once, as part of the outer one', () => {
    const root = main(`<ul><li>Giấy chứng sinh <p>(bản chính)</p></li></ul>`);
    expect(texts(root)).toEqual(['Giấy chứng sinh (bản chính).']);
  });
});
