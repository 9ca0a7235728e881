import gc, weakref
from tests.ui.test_lock import *  # noqa
from tests.ui.shell_support import *  # noqa

def test_dbg(qtbot, unlocked):
    controller = unlocked
    window = controller.main_window
    for index in range(4):
        window.show_page(index)
    vault = controller.vault
    ref = weakref.ref(vault)
    del vault, window
    controller.lock()
    qtbot.wait(200); gc.collect()
    v = ref()
    if v is not None:
        for r in gc.get_referrers(v):
            print("REF", type(r), str(r)[:200] if not isinstance(r, dict) else list(r.keys())[:20])
            for rr in gc.get_referrers(r)[:5]:
                print("   <-", type(rr), str(rr)[:150])
    assert ref() is None
