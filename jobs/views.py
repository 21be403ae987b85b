from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jobs import selectors

RECENT = 5


def home(request: HttpRequest) -> HttpResponse:
    recent = selectors.job_list(owner=request.user)[:RECENT] if request.user.is_authenticated else []
    return render(request, "home.html", {"recent": recent})
