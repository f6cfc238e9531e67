#ifndef TRUNKS_CNCURSESW_SHIM_H
#define TRUNKS_CNCURSESW_SHIM_H

/* Wide-character ncurses: without these, cchar_t, wget_wch and setcchar are not declared. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

/* glibc declares wcwidth only under _XOPEN_SOURCE, which SwiftPM does not pass. */
extern int wcwidth(wchar_t c);

/* Accessors for globals that Swift 6 rejects as unsafe, and for macros Swift cannot import. */

static inline WINDOW *trunks_stdscr(void) { return stdscr; }
static inline WINDOW *trunks_curscr(void) { return curscr; }
static inline int trunks_colors(void) { return COLORS; }
static inline int trunks_color_pairs(void) { return COLOR_PAIRS; }

static inline int trunks_key_f(int n) { return KEY_F(n); }
static inline int trunks_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t trunks_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED; }
static inline mmask_t trunks_button1_down(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t trunks_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t trunks_button4(void) { return BUTTON4_PRESSED; }
static inline mmask_t trunks_button5(void) { return BUTTON5_PRESSED; }

static inline attr_t trunks_a_normal(void) { return A_NORMAL; }
static inline attr_t trunks_a_bold(void) { return A_BOLD; }
static inline attr_t trunks_a_dim(void) { return A_DIM; }
static inline attr_t trunks_a_underline(void) { return A_UNDERLINE; }
static inline attr_t trunks_a_reverse(void) { return A_REVERSE; }
static inline attr_t trunks_a_italic(void) { return A_ITALIC; }
static inline attr_t trunks_a_color(void) { return A_COLOR; }

static inline int trunks_getmaxy(const WINDOW *win) { return getmaxy(win); }
static inline int trunks_getmaxx(const WINDOW *win) { return getmaxx(win); }
static inline int trunks_getcury(const WINDOW *win) { return getcury(win); }
static inline int trunks_getcurx(const WINDOW *win) { return getcurx(win); }

/* tigetstr reports "not a string capability" as (char *)-1; callers get NULL for both. */
static inline const char *trunks_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? NULL : value;
}

/* Looks terminal type `name` up in terminfo without starting curses or writing anything:
   1 when it can address the cursor (cup), 0 when it is known but cannot (dumb, hardcopy),
   -1 when terminfo does not know it. Leaves the current terminal as it was. */
static inline int trunks_probe_terminal(const char *name) {
    int error = 0;
    TERMINAL *previous = cur_term;
    if (setupterm((char *)name, -1, &error) != OK) {
        set_curterm(previous);
        return -1;
    }
    const char *cup = tigetstr("cup");
    int result = (cup != NULL && cup != (char *)-1) ? 1 : 0;
    del_curterm(set_curterm(previous));
    return result;
}

#endif
