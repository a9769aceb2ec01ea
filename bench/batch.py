"""The batch endpoint against one request per document, in one process, the runs taking turns.

    batch                 POST /v1/timelines with the documents (at most the batch limit, 32 by
                          default): one `pipeline.extract_stream`, i.e. one `nlp.pipe` stream
    one request each      POST /v1/timeline once per document

Both through Flask's test client (no network), once with extraction in the
request's thread and once in the killable helper process (ISOLATE_EXTRACTION,
as under gunicorn), so what is compared is the web layer over the library.
"""
from __future__ import annotations

from .corpus import TextSet
from .timing import fmt, interleaved, table

BATCH = "batch (POST /v1/timelines)"
SINGLE = "one request each (POST /v1/timeline)"


def measure(texts: TextSet, repeat: int, log=print) -> list[dict]:
    from timeline_api.web import create_app

    documents = [{"id": str(i), "text": text, "reference_date": ref.isoformat() if ref else None}
                 for i, (text, ref) in enumerate(texts.items)]
    results = []
    for isolate in (False, True):
        app = create_app({"ISOLATE_EXTRACTION": isolate, "MAX_PROCESSING_SECONDS": 600,
                          "MAX_BATCH_DOCUMENTS": max(len(documents), 1)})
        client = app.test_client()

        def batch():
            response = client.post("/v1/timelines", json={"documents": documents})
            assert response.status_code == 200 and not response.get_json()["errors"], response.get_data()[:300]

        def single():
            for document in documents:
                body = {k: v for k, v in document.items() if k != "id"}
                assert client.post("/v1/timeline", json=body).status_code == 200

        batch(), single()  # warm: the helper process, caches
        mode = "helper process" if isolate else "request thread"
        log(f"  batch: {len(documents)} docs, {texts.words:,} words, extraction in the {mode}, x{repeat}")
        seconds = interleaved({BATCH: batch, SINGLE: single}, repeat)
        for name, sec in seconds.items():
            results.append({"mode": mode, "engine": name, "docs": len(documents), "words": texts.words,
                            "seconds": sec, "words_per_s": texts.words / sec})
    return results


def report(results: list[dict]) -> str:
    rows = []
    for r in results:
        single = next(x for x in results if x["mode"] == r["mode"] and x["engine"] == SINGLE)
        rows.append([r["mode"], r["engine"], r["docs"], fmt(r["words"]), fmt(r["seconds"], 2), fmt(r["words_per_s"]),
                     f"{single['seconds'] / r['seconds']:.2f}x"])
    return table(["extraction in", "requests", "docs", "words", "s (median)", "words/s", "vs one request each"], rows,
                 "llrrrrr")
