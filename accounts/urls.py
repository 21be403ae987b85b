from django.urls import path

from accounts import views

urlpatterns = [
    path("account/", views.account, name="account"),
    path("account/token/", views.token_regenerate, name="account_token"),
]
